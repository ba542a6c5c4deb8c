"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { idleState, type FormAction } from "@/lib/actions/form-state";


/**
 * Binds a form to one zod schema in the browser (react-hook-form) and to its server action.
 * With JavaScript, the browser validates first and submits without a page load; without it the
 * form posts to the same action, which validates again.
 */
export function useActionForm<T extends FieldValues>(schema: z.ZodType<unknown, T>, action: FormAction, defaultValues?: DefaultValues<T>) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const form = useForm<T>({ resolver: zodResolver(schema as never) as unknown as Resolver<T>, defaultValues, mode: "onTouched" });
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") statusRef.current?.focus();
  }, [state]);

  const onSubmit = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (element instanceof HTMLFormElement) startTransition(() => formAction(new FormData(element)));
  });

  /** The browser's message for a field first, else the server's. */
  const errorFor = (name: Path<T>): string | undefined => {
    const local = form.formState.errors[name]?.message;
    if (typeof local === "string") return local;
    return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
  };

  const valueFor = (name: string) => (state.status === "error" ? state.values?.[name] : undefined);

  return {
    state,
    pending: pending || form.formState.isSubmitting,
    register: form.register,
    errorFor,
    valueFor,
    statusRef,
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}
