package org.trustfund.processes;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.w3c.dom.NodeList;

/**
 * Draws a BPMN file's diagrams (one per plane: the process, and each collapsed sub-process) as SVG from
 * the coordinates of its BPMN DI, with the given activities highlighted. Plain shapes, no JavaScript.
 */
final class BpmnSvg {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
	private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
	private static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";

	private BpmnSvg() {
	}

	static List<String> render(InputStream xml, Set<String> highlighted) {
		Document doc = parse(xml);
		Map<String, Element> elements = new HashMap<>();
		NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.hasAttribute("id")) {
				elements.put(e.getAttribute("id"), e);
			}
		}
		List<String> svgs = new ArrayList<>();
		NodeList planes = doc.getElementsByTagNameNS(DI, "BPMNPlane");
		for (int i = 0; i < planes.getLength(); i++) {
			svgs.add(plane((Element) planes.item(i), elements, highlighted, "arrow" + i));
		}
		return svgs;
	}

	private static String plane(Element plane, Map<String, Element> elements, Set<String> highlighted,
			String arrow) {
		StringBuilder shapes = new StringBuilder();
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, 0, 0 };
		NodeList edges = plane.getElementsByTagNameNS(DI, "BPMNEdge");
		for (int i = 0; i < edges.getLength(); i++) {
			NodeList points = ((Element) edges.item(i)).getElementsByTagNameNS(DD_DI, "waypoint");
			StringBuilder path = new StringBuilder();
			for (int j = 0; j < points.getLength(); j++) {
				Element p = (Element) points.item(j);
				double x = num(p, "x");
				double y = num(p, "y");
				grow(box, x, y, 0, 0);
				path.append(j == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
			}
			shapes.append("<path class=\"flow\" d=\"").append(path).append("\" marker-end=\"url(#" + arrow + ")\"/>");
		}
		NodeList list = plane.getElementsByTagNameNS(DI, "BPMNShape");
		for (int i = 0; i < list.getLength(); i++) {
			Element shape = (Element) list.item(i);
			Element bounds = (Element) shape.getElementsByTagNameNS(DC, "Bounds").item(0);
			Element element = elements.get(shape.getAttribute("bpmnElement"));
			if (bounds == null || element == null) {
				continue;
			}
			double x = num(bounds, "x");
			double y = num(bounds, "y");
			double w = num(bounds, "width");
			double h = num(bounds, "height");
			grow(box, x, y, w, h + 30);
			shapes.append(shape(element, x, y, w, h, isCurrent(element, highlighted)));
		}
		double minX = box[0] - 50;
		double minY = box[1] - 20;
		double width = box[2] - minX + 50;
		double height = box[3] - minY + 20;
		// Drawn at the model's own scale: wide processes scroll inside their frame rather than shrink.
		// An image's name for screen readers: the process's (or the sub-process's) own name.
		Element owner = elements.get(plane.getAttribute("bpmnElement"));
		String title = owner == null || owner.getAttribute("name").isBlank() ? "Process diagram"
				: owner.getAttribute("name");
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn\" role=\"img\" aria-label=\"" + esc(title)
				+ "\" width=\"" + fmt(width)
				+ "\" height=\"" + fmt(height) + "\" viewBox=\"" + fmt(minX) + " " + fmt(minY) + " " + fmt(width) + " "
				+ fmt(height) + "\">"
				+ "<defs><marker id=\"" + arrow + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#5a6877\"/></marker></defs>"
				+ "<title>" + esc(title) + "</title>"
				+ shapes + "</svg>";
	}

	/** An activity is current when it, or an activity inside it (a sub-process), is highlighted. */
	private static boolean isCurrent(Element element, Set<String> highlighted) {
		if (highlighted.contains(element.getAttribute("id"))) {
			return true;
		}
		NodeList inner = element.getElementsByTagNameNS(BPMN, "*");
		for (int i = 0; i < inner.getLength(); i++) {
			if (highlighted.contains(((Element) inner.item(i)).getAttribute("id"))) {
				return true;
			}
		}
		return false;
	}

	private static String shape(Element e, double x, double y, double w, double h, boolean current) {
		String kind = e.getLocalName();
		String cls = current ? "node current" : "node";
		String name = e.getAttribute("name");
		StringBuilder s = new StringBuilder("<g class=\"" + cls + " " + kind + "\"><title>" + esc(name)
				+ (current ? " (current step)" : "") + "</title>");
		if (kind.endsWith("Event")) {
			double r = w / 2;
			s.append(circle(x + r, y + r, r, kind.equals("endEvent") ? 4 : 2));
			if (kind.startsWith("intermediate") || kind.equals("boundaryEvent")) {
				s.append(circle(x + r, y + r, r - 4, 1.5));
			}
			s.append(label(name, x + r, y + h + 14, 18));
		}
		else if (kind.endsWith("Gateway")) {
			s.append("<path class=\"shape\" d=\"M").append(fmt(x + w / 2)).append(' ').append(fmt(y)).append(" L")
				.append(fmt(x + w)).append(' ').append(fmt(y + h / 2)).append(" L").append(fmt(x + w / 2)).append(' ')
				.append(fmt(y + h)).append(" L").append(fmt(x)).append(' ').append(fmt(y + h / 2)).append(" Z\"/>");
			s.append(label(name, x + w / 2, y + h + 14, 18));
		}
		else {
			s.append("<rect class=\"shape\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
				.append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" rx=\"10\"/>");
			s.append(label(name, x + w / 2, y + h / 2 - 8, 16));
			if (e.getElementsByTagNameNS(BPMN, "multiInstanceLoopCharacteristics").getLength() > 0) {
				s.append("<text class=\"marker\" x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(y + h - 5))
					.append("\">|||</text>");
			}
		}
		return s.append("</g>").toString();
	}

	private static String circle(double cx, double cy, double r, double stroke) {
		return "<circle class=\"shape\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"" + fmt(r)
				+ "\" stroke-width=\"" + stroke + "\"/>";
	}

	/** The name in lines of about {@code width} characters, centred. */
	private static String label(String name, double cx, double y, int width) {
		StringBuilder out = new StringBuilder("<text class=\"label\" x=\"" + fmt(cx) + "\" y=\"" + fmt(y) + "\">");
		StringBuilder line = new StringBuilder();
		int lines = 0;
		for (String word : name.split("\\s+")) {
			if (line.length() > 0 && line.length() + word.length() > width) {
				out.append(tspan(line.toString(), cx, lines++));
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		if (line.length() > 0) {
			out.append(tspan(line.toString(), cx, lines));
		}
		return out.append("</text>").toString();
	}

	private static String tspan(String text, double cx, int index) {
		return "<tspan x=\"" + fmt(cx) + "\" dy=\"" + (index == 0 ? "0" : "1.2em") + "\">" + esc(text) + "</tspan>";
	}

	private static void grow(double[] box, double x, double y, double w, double h) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x + w);
		box[3] = Math.max(box[3], y + h);
	}

	private static double num(Element e, String attribute) {
		return Double.parseDouble(e.getAttribute(attribute));
	}

	private static String fmt(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static Document parse(InputStream xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(xml);
		}
		catch (Exception e) {
			throw new IllegalStateException("Unreadable BPMN model", e);
		}
	}

}
