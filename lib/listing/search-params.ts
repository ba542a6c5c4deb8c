// Shared pieces for admin list pages whose filters come from the URL. A malformed value is
// dropped rather than failing the page; an empty field (a form submits "") means "no filter".
import { text, z } from "@/lib/i18n/zod";
import { inSupportedYears } from "@/lib/scheduling/supported-years";

export const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);

export const optionalText = (max: number) =>
  z.preprocess(blankAsMissing, text().trim().max(max).optional()).catch(undefined);
export const optionalId = z.preprocess(blankAsMissing, z.uuid().optional()).catch(undefined);
export const optionalDate = z
  .preprocess(blankAsMissing, z.iso.date().refine(inSupportedYears).optional())
  .catch(undefined);
export const pageNumber = z.coerce.number().int().min(1).max(100_000).default(1).catch(1);

export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

export const PAGE_SIZE = 25;

export function paged<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Paged<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** A link to `path` with the given filters, dropping empty ones, so pages and exports share one URL shape. */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== null && v !== "")
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Filters given in the URL that were dropped as malformed. Pages ignore them; an export refuses
 * them (400), since silently exporting everything instead would surprise.
 */
export function rejectedFilters(raw: URLSearchParams, parsed: Record<string, unknown>, known: string[]): string[] {
  return [...raw.entries()]
    .filter(([key, value]) => known.includes(key) && value.trim() !== "" && parsed[key] === undefined)
    .map(([key]) => key);
}
