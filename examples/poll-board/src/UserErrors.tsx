/** What the gateway answered in a payload's `userErrors`: the change was not made, and why. */
export function UserErrors({ messages }: { messages: string[] }) {
  return (
    <>
      {messages.map((message) => (
        <p className="error" data-testid="user-error" key={message}>
          {message}
        </p>
      ))}
    </>
  );
}
