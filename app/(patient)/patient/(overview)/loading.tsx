import { PageLoading } from "@/components/ui/page-loading";

// Kept in this route group so only the overview streams early; pages that may answer 404
// (an appointment that is not yours) are outside any loading boundary and keep their status.
export default function Loading() {
  return <PageLoading />;
}
