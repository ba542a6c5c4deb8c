"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { policyAction } from "@/lib/actions/action";
import { staffPolicy } from "@/lib/staff/policy";
import {
  changeUserRoleSchema,
  createAdminSchema,
  createDoctorSchema,
  resendInvitationSchema,
  setUserActiveSchema,
} from "@/lib/staff/schemas";
import {
  changeUserRole,
  createAdminAccount,
  createDoctorAccount,
  resendInvitation,
  setUserActive,
} from "@/lib/staff/service";

export const createDoctorAction = policyAction(
  staffPolicy,
  "user.create_staff",
  createDoctorSchema,
  async (input, actor) => {
    const { id } = await createDoctorAccount(actor, input);
    revalidatePath("/admin/users");
    redirect(`/admin/users/${id}?created=1`);
  },
);

export const createAdminAction = policyAction(
  staffPolicy,
  "user.create_staff",
  createAdminSchema,
  async (input, actor) => {
    const { id } = await createAdminAccount(actor, input);
    revalidatePath("/admin/users");
    redirect(`/admin/users/${id}?created=1`);
  },
);

export const setUserActiveAction = policyAction(
  staffPolicy,
  "user.set_active",
  setUserActiveSchema,
  async (input, actor) => {
    await setUserActive(actor, input);
    revalidatePath("/admin/users");
    redirect(`/admin/users/${input.userId}?done=${input.active ? "reactivated" : "deactivated"}`);
  },
);

export const changeUserRoleAction = policyAction(
  staffPolicy,
  "user.change_role",
  changeUserRoleSchema,
  async (input, actor) => {
    await changeUserRole(actor, input);
    revalidatePath("/admin/users");
    redirect(`/admin/users/${input.userId}?done=role`);
  },
);

export const resendInvitationAction = policyAction(
  staffPolicy,
  "user.resend_invite",
  resendInvitationSchema,
  async (input, actor) => {
    await resendInvitation(actor, input);
    redirect(`/admin/users/${input.userId}?done=invited`);
  },
);
