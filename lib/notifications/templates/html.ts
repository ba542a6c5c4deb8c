// Building blocks of the HTML emails: escaped text, one table-based layout (what mail clients
// render reliably) with inline styles, and a plain-text twin for every part.

const esc = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

export type Rendered = { html: string; text: string };

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "details"; rows: [label: string, value: string][] }
  | { kind: "list"; title: string; items: string[] }
  | { kind: "buttons"; links: { href: string; label: string; note?: string }[] };

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="margin:0 0 16px;line-height:1.5">${esc(block.text)}</p>`;
    case "details":
      return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:start;vertical-align:top;padding-block:6px;padding-inline:0 12px;color:#334155;font-weight:600;white-space:nowrap">${esc(label)}</th><td style="padding:6px 0;color:#0f172a">${esc(value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "list":
      return `<p style="margin:0 0 8px;font-weight:600">${esc(block.title)}</p><ul style="margin:0 0 16px;padding-inline-start:20px;line-height:1.5">${block.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "buttons":
      return `<p style="margin:0 0 16px">${block.links
        .map(
          (l) =>
            `<a href="${esc(l.href)}" style="display:inline-block;margin-block:0 8px;margin-inline:0 8px;padding:10px 16px;border-radius:6px;background:#0f766e;color:#ffffff;font-weight:600;text-decoration:none">${esc(l.label)}</a>`,
        )
        .join("")}</p>${block.links
        .filter((l) => l.note)
        .map((l) => `<p style="margin:0 0 8px;font-size:13px;color:#475569">${esc(l.note!)}</p>`)
        .join("")}`;
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "details":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
    case "list":
      return [block.title, ...block.items.map((i) => `- ${i}`)].join("\n");
    case "buttons":
      return block.links.map((l) => `${l.label}: ${l.href}${l.note ? `\n(${l.note})` : ""}`).join("\n\n");
  }
}

/** A whole email: heading, blocks and the clinic's footer, as HTML and as plain text. */
export function emailDocument(input: {
  title: string;
  heading: string;
  blocks: Block[];
  footer: string[];
  /** The recipient's language (an Intl tag) and its direction. */
  lang: string;
  dir: "ltr" | "rtl";
}): Rendered {
  const html = `<!doctype html>
<html lang="${esc(input.lang)}" dir="${input.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<table role="presentation" style="width:100%;border-collapse:collapse;background:#f1f5f9"><tr><td style="padding:24px 12px">
<table role="presentation" style="max-width:560px;width:100%;margin:0 auto;border-collapse:collapse;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px"><tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3">${esc(input.heading)}</h1>
${input.blocks.map(blockHtml).join("\n")}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:16px 0">
${input.footer.map((line) => `<p style="margin:0 0 4px;font-size:13px;color:#475569">${esc(line)}</p>`).join("")}
</td></tr></table></td></tr></table></body></html>`;
  const text = [input.heading, "", ...input.blocks.flatMap((b) => [blockText(b), ""]), "--", ...input.footer].join(
    "\n",
  );
  return { html, text };
}
