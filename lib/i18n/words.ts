// A reader's language as code outside a request needs it (emails, texts, calendar files): a translator
// over whole catalogue keys, and the catalogue's Intl tag and direction (for dates, digits and
// <html lang dir>). Pure.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type Words = { t: Translate; intl: string; dir: "ltr" | "rtl" };
