// A strict XML reader for the format tests: sax in strict mode builds the tree, and the checks
// sax does not make (one root element, only characters XML 1.0 allows) fail the parse too.
import sax from "sax";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Characters outside XML 1.0's `Char` production (section 2.2), as UTF-16 code units. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses a whole document; throws on anything a conforming XML 1.0 parser would reject. */
export function parseXml(text: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")} is not allowed in XML 1.0 (offset ${bad.index})`);
  const parser = sax.parser(true, { xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.onerror = (e) => {
    error ??= e;
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) error ??= new Error(`a second root element <${tag.name}>`);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => {
    if (stack.length) stack.at(-1)!.text += t;
    else if (t.trim()) error ??= new Error(`text outside the root element: ${t.trim()}`);
  };
  parser.oncdata = (t) => void (stack.length && (stack.at(-1)!.text += t));
  parser.write(text).close();
  if (error) throw error;
  if (!root) throw new Error("no root element");
  return root;
}
