// Writing XML 1.0 text and attributes safely, for the junit and checkstyle formats.

/**
 * Characters XML 1.0 cannot carry even as references: C0 controls other than tab, LF and CR,
 * lone surrogates, and U+FFFE / U+FFFF (the `Char` production of XML 1.0, section 2.2).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A forbidden character is shown as its code (\u0001), so the reader can still see it was there.
const visible = (s: string): string => s.replace(NOT_XML_CHAR, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Text content: `&`, `<` and `>` (the last so `]]>` cannot appear). */
export const xmlText = (s: string): string => visible(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An attribute value in double quotes; tab, LF and CR as references so parsers keep them. */
export const xmlAttr = (s: string): string =>
  xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/** `name="value"` pairs for an element; undefined values are left out. */
export const xmlAttrs = (attrs: Record<string, string | number | undefined>): string =>
  Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join("");

export const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8"?>\n`;
