"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { changeUserRoleSchema, createAdminSchema, createDoctorSchema, setUserActiveSchema } from "@/lib/admin/users/schemas";
import { changeUserRole, createAdminAccount, createDoctorAccount, setUserActive } from "@/lib/admin/users/service";

export const createDoctorAction = roleAction(["ADMIN"], createDoctorSchema, async (input, actor) => {
  const { id } = await createDoctorAccount(actor, input);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id}?created=1`);
});

export const createAdminAction = roleAction(["ADMIN"], createAdminSchema, async (input, actor) => {
  const { id } = await createAdminAccount(actor, input);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id}?created=1`);
});

export const setUserActiveAction = roleAction(["ADMIN"], setUserActiveSchema, async (input, actor) => {
  await setUserActive(actor, input);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${input.userId}?done=${input.active ? "reactivated" : "deactivated"}`);
});

export const changeUserRoleAction = roleAction(["ADMIN"], changeUserRoleSchema, async (input, actor) => {
  await changeUserRole(actor, input);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${input.userId}?done=role`);
});
