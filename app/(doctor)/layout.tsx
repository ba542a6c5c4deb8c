import { RoleLayout } from "@/components/shell/role-layout";
import { shellActions } from "@/app/shell-actions";

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RoleLayout role="DOCTOR" actions={shellActions}>
      {children}
    </RoleLayout>
  );
}
