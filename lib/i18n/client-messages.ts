// The part of a catalogue sent to the browser. Client components translate validation messages,
// domain errors and a few words of their own; a page adds the namespaces its forms read
// (components/i18n/with-messages.tsx), so no page ships whole catalogues. Pure.

export const CLIENT_NAMESPACES = ["meta", "client", "validation", "errors", "status"];

export function clientMessages(
  messages: Record<string, unknown>,
  namespaces: string[] = CLIENT_NAMESPACES,
): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
