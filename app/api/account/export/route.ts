import { route } from "@/lib/routes/route";
import { exportPatientData } from "@/lib/patients/export";
import { patientPolicy } from "@/lib/patients/policy";

/** "Download my data": the signed-in patient's own record as a JSON file. */
export const GET = route({ access: { policy: patientPolicy, name: "patient.edit_profile" } }, async ({ actor }) => {
  const data = await exportPatientData(actor);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-clinic-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
