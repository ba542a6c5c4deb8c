// zod with its default messages as catalogue keys, so a field without a message of its own is still
// explained in the reader's language. Schemas import z from here; their own messages take precedence.
import { z } from "zod";
import { msg } from "./message";

z.config({
  customError: (issue) => {
    if (issue.code === "too_small" || issue.code === "too_big") {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      return msg(`validation.${issue.code}`, { limit: Number(limit) });
    }
    return msg(`validation.${issue.code}`);
  },
});

export { z };
