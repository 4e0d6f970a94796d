/*
 * Small behaviours of the forms, without a framework, loaded as a file (the pages' Content-Security-Policy allows
 * no inline script). Every form works without it: the server adds and removes budget rows and computes the totals.
 *  - Proposal form: budget rows added and removed in the page, renumbered, and the amount requested (the sum of
 *    the rows) shown live.
 *  - Score form: the total of the criteria's scores shown live as "14 / 20".
 *  - Ballot: "Approve all as recommended" fills each choice with the recommendation; the trustee may change any.
 *  - Error summary: focused when the page opens; its links move the focus to the field they name.
 */
(function () {
	'use strict';

	var money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

	// As the server reads it (shared.AmountText): Arabic-Indic digits as Latin ones, a point for decimals, commas
	// only between groups of three digits ("1,500.50"); anything else ("1500,50", "12,5,5") counts for nothing.
	function amountOf(text) {
		var t = (text || '').trim().replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x0660); })
			.replace(/[\u06F0-\u06F9]/g, function (c) { return String(c.charCodeAt(0) - 0x06F0); })
			.replace(/\u066B/g, '.').replace(/\u066C/g, ',');
		if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
			t = t.replace(/,/g, '');
		}
		if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) {
			return null;
		}
		return Number(t);
	}

	function budget(form) {
		var rows = form.querySelector('#budget-rows');
		var output = form.querySelector('#amountRequested');
		var template = document.getElementById('budget-line-template');
		if (!rows || !output || !template) {
			return;
		}

		function total() {
			var cents = 0;
			rows.querySelectorAll('input.line-amount').forEach(function (input) {
				var a = amountOf(input.value);
				if (a !== null) {
					cents += Math.round(a * 100);
				}
			});
			output.textContent = money.format(cents / 100);
		}

		function label(el, n) {
			var text = el.getAttribute('data-label');
			if (text) {
				el.setAttribute('aria-label', text.replace('{n}', n));
			}
		}

		function renumber() {
			rows.querySelectorAll('tr.budget-line').forEach(function (row, i) {
				row.querySelectorAll('[data-name]').forEach(function (el) {
					var name = el.getAttribute('data-name');
					el.name = 'lines[' + i + '].' + name;
					el.id = 'line-' + name + '-' + i;
					label(el, i + 1);
				});
				var remove = row.querySelector('button.remove-line');
				remove.value = String(i);
				label(remove, i + 1);
			});
			total();
		}

		// Rows drawn by the server carry their names; give them the attributes the renumbering uses.
		rows.querySelectorAll('tr.budget-line').forEach(function (row) {
			row.querySelectorAll('select, input').forEach(function (el) {
				var m = /^lines\[\d+\]\.(\w+)$/.exec(el.name);
				if (m) {
					el.setAttribute('data-name', m[1]);
					el.setAttribute('data-label', (el.getAttribute('aria-label') || '').replace(/\d+$/, '{n}'));
				}
			});
			var remove = row.querySelector('button.remove-line');
			remove.setAttribute('data-label', (remove.getAttribute('aria-label') || '').replace(/\d+$/, '{n}'));
		});

		form.querySelector('#add-line').addEventListener('click', function (event) {
			event.preventDefault();
			var row = template.content.firstElementChild.cloneNode(true);
			rows.appendChild(row);
			renumber();
			row.querySelector('select').focus();
		});
		rows.addEventListener('click', function (event) {
			var button = event.target.closest('button.remove-line');
			if (!button) {
				return;
			}
			event.preventDefault();
			var row = button.closest('tr');
			var next = row.nextElementSibling || row.previousElementSibling;
			row.remove();
			if (!rows.querySelector('tr.budget-line')) {
				rows.appendChild(template.content.firstElementChild.cloneNode(true));
			}
			renumber();
			var focus = (next && next.isConnected ? next : rows.querySelector('tr.budget-line')).querySelector('select');
			focus.focus();
		});
		rows.addEventListener('input', total);
		total();
	}

	function scores(output) {
		var form = output.closest('form');
		var max = output.getAttribute('data-max');
		function total() {
			var sum = 0;
			form.querySelectorAll('select.score').forEach(function (s) {
				if (s.value !== '') {
					sum += Number(s.value);
				}
			});
			output.textContent = sum + ' / ' + max;
		}
		form.addEventListener('change', total);
		total();
	}

	function approveAll(button) {
		button.hidden = false;
		button.addEventListener('click', function () {
			document.querySelectorAll('[data-recommended]').forEach(function (input) {
				if (input.value === input.getAttribute('data-recommended')) {
					input.checked = true;
				}
			});
			var status = document.getElementById('approve-all-status');
			if (status) {
				status.textContent = status.getAttribute('data-done');
			}
		});
	}

	function errorSummary(summary) {
		summary.addEventListener('click', function (event) {
			var link = event.target.closest('a[href^="#"]');
			var target = link && document.getElementById(link.getAttribute('href').substring(1));
			if (!target) {
				return;
			}
			event.preventDefault();
			if (target.tagName === 'FIELDSET') {
				target = target.querySelector('input, select, textarea') || target;
			}
			target.scrollIntoView({ block: 'center' });
			target.focus();
			history.replaceState(null, '', link.getAttribute('href'));
		});
		summary.focus();
	}

	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.getElementById('error-summary');
		if (summary) {
			errorSummary(summary);
		}
		var proposal = document.getElementById('proposal-form');
		if (proposal) {
			budget(proposal);
		}
		var total = document.getElementById('score-total');
		if (total) {
			scores(total);
		}
		var approve = document.getElementById('approve-all');
		if (approve) {
			approveAll(approve);
		}
	});
}());
