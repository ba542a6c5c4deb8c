"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { idleState, type FormAction } from "@/lib/actions/form-state";

/**
 * Binds a form to one zod schema in the browser (react-hook-form) and to its server action.
 * With JavaScript, the browser validates first and submits without a page load; without it the
 * form posts to the same action, which validates again. With `confirm`, a valid form waits for the
 * confirmation dialog's "yes" before it is sent.
 */
export function useActionForm<T extends FieldValues>(
  schema: z.ZodType<unknown, T>,
  action: FormAction,
  defaultValues?: DefaultValues<T>,
  options: { confirm?: boolean } = {},
) {
  const [state, formAction, pending] = useActionState(action, idleState);
  // The resolver's types cannot relate a schema's input to the form's values; the schema is the form's own.
  const form = useForm<T>({
    resolver: zodResolver(schema as z.ZodType<T, T>) as unknown as Resolver<T>,
    defaultValues,
    mode: "onTouched",
  });
  const statusRef = useRef<HTMLDivElement>(null);
  const [waiting, setWaiting] = useState<FormData | null>(null);

  useEffect(() => {
    if (state.status === "error") statusRef.current?.focus();
  }, [state]);

  const send = (data: FormData) => startTransition(() => formAction(data));

  const onSubmit = form.handleSubmit((_values, event) => {
    const element = event?.target;
    if (!(element instanceof HTMLFormElement)) return;
    const data = new FormData(element);
    if (options.confirm) setWaiting(data);
    else send(data);
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
    /** Props for a ConfirmDialog: open while a valid form waits for its "yes". */
    confirmProps: {
      open: waiting !== null,
      onOpenChange: (open: boolean) => !open && setWaiting(null),
      onConfirm: () => {
        if (waiting) send(waiting);
        setWaiting(null);
      },
    },
  };
}
