import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-teal-700 text-white shadow-sm hover:bg-teal-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  quiet: "text-teal-800 underline-offset-2 hover:underline",
};

const sizes = { sm: "px-3 py-1.5 text-sm", md: "px-4 py-2 text-base" } as const;

/** The classes of a button, also for links that look like one ("Move to another time"). */
export function buttonClass(
  variant: ButtonVariant = "secondary",
  size: keyof typeof sizes = "md",
  block = false,
): string {
  return [
    "inline-flex items-center justify-center rounded-md font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700",
    "disabled:cursor-wait disabled:opacity-70",
    variants[variant],
    sizes[size],
    block ? "w-full" : "w-fit",
  ].join(" ");
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: keyof typeof sizes;
  block?: boolean;
  /** While an action runs: disabled, announced as busy, and labelled `pendingLabel`. */
  pending?: boolean;
  pendingLabel?: string;
};

/** The one button: every form and action uses it, so all look and behave alike. */
export function Button({
  variant = "secondary",
  size = "md",
  block = false,
  pending = false,
  pendingLabel,
  children,
  className,
  type = "button",
  ...props
}: Props) {
  return (
    <button
      type={type}
      disabled={pending || props.disabled}
      aria-busy={pending || undefined}
      className={className ? `${buttonClass(variant, size, block)} ${className}` : buttonClass(variant, size, block)}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
