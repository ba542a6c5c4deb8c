import { RoleLayout } from "@/components/shell/role-layout";
import { signOutOfClinic } from "@/app/(auth)/actions";

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RoleLayout role="PATIENT" signOut={signOutOfClinic}>
      {children}
    </RoleLayout>
  );
}
