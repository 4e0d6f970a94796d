/*
 * What the pages do with JavaScript; each works without it (the page's security policy allows only scripts from
 * our own files, so this is a file, not an inline script).
 *
 * 1. The main menu folds behind its button on narrow screens (app.css, "Phone width"). Without this script the
 *    button stays hidden and the menu stays open, as a list.
 * 2. Each table in the page's content scrolls sideways inside a box of its own when it is wider than the screen:
 *    the box is a region named by the table's caption (or the heading before it), reachable by keyboard so that
 *    it can be scrolled with the arrow keys. Without this script a table scrolls by itself (app.css).
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function menu() {
    var button = document.querySelector('.menu-button[aria-controls]');
    var nav = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!nav) {
      return;
    }
    function open(yes) {
      button.setAttribute('aria-expanded', yes ? 'true' : 'false');
    }
    document.documentElement.classList.add('menu-folds');
    button.hidden = false;
    button.addEventListener('click', function () {
      open(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        open(false);
        button.focus();
      }
    });
  }

  var count = 0;

  function idOf(element) {
    if (!element.id) {
      count += 1;
      element.id = 'tf-label-' + count;
    }
    return element.id;
  }

  /** The caption, else the nearest heading before the table, else null. */
  function labelOf(table) {
    if (table.caption && table.caption.textContent.trim()) {
      return table.caption;
    }
    var headings = document.querySelectorAll('main h1, main h2, main h3');
    var before = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
        before = headings[i];
      }
    }
    return before;
  }

  function tables() {
    var fallback = document.body.getAttribute('data-table-label') || 'Table';
    var all = document.querySelectorAll('main table');
    for (var i = 0; i < all.length; i++) {
      var table = all[i];
      var box;
      if (table.hasAttribute('tabindex')) {
        // a table that is its own scroll box, reachable by keyboard (the fund's report): left as it is
        continue;
      }
      if (table.parentElement.getAttribute('role') === 'region' && table.parentElement.hasAttribute('tabindex')) {
        // already a named, scrollable region (the home page's tables): a second one inside would repeat its name
        continue;
      }
      if (table.parentElement.classList.contains('table-scroll')) {
        // a box the template already drew: make it reachable by keyboard and named, like the ones made here
        box = table.parentElement;
        if (box.hasAttribute('tabindex')) {
          continue;
        }
      }
      else {
        box = document.createElement('div');
        box.className = 'table-scroll';
        table.parentNode.insertBefore(box, table);
        box.appendChild(table);
      }
      box.setAttribute('role', 'region');
      box.tabIndex = 0;
      var label = labelOf(table);
      if (label) {
        box.setAttribute('aria-labelledby', idOf(label));
      }
      else {
        box.setAttribute('aria-label', fallback);
      }
    }
  }

  function start() {
    menu();
    tables();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
