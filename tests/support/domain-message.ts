import { DomainError } from "@/lib/errors/domain-error";

/** The message a refused call shows the user, or null when it succeeded; other errors fail the test. */
export async function domainMessageOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
}
