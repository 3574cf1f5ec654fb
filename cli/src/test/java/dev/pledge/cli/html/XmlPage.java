package dev.pledge.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report's markup read with a strict XML parser, and XPath queries on it, for the tests. */
final class XmlPage {
  private XmlPage() {}

  /** Parses with a strict XML parser, which fails on any markup a browser would have to repair. */
  static Document parse(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document doc, String xpath) throws Exception {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element only(Document doc, String xpath) throws Exception {
    List<Element> found = elements(doc, xpath);
    assertThat(found).as(xpath).hasSize(1);
    return found.get(0);
  }

  static List<String> texts(Document doc, String xpath) throws Exception {
    return elements(doc, xpath).stream().map(Element::getTextContent).toList();
  }
}
