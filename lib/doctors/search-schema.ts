import { z } from "zod";

// Search parameters come from the URL; a malformed one is dropped rather than failing the page.
// An empty field (the form submits "") means "no filter", not zero.
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);
const optionalNumber = (max: number) => z.preprocess(blankAsMissing, z.coerce.number().int().min(0).max(max).optional()).catch(undefined);

export const doctorSortOptions = ["next", "name", "fee", "experience"] as const;

export const doctorSearchSchema = z.object({
  q: z.string().trim().max(80).optional().catch(undefined),
  specialty: z.preprocess(blankAsMissing, z.uuid().optional()).catch(undefined),
  minFee: optionalNumber(100_000),
  maxFee: optionalNumber(100_000),
  minYears: optionalNumber(80),
  within: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(365).optional()).catch(undefined),
  sort: z.enum(doctorSortOptions).default("next").catch("next"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type DoctorSearch = z.infer<typeof doctorSearchSchema>;
