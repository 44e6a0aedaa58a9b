/** Show the server's problems on one field as an alert beside it. */
export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;

  return (
    <span id={id} role="alert" className="field-error">
      {messages.join(' ')}
    </span>
  );
}
