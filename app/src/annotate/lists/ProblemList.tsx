/** What publishing found wrong with one item, shown at the item. */
export function ProblemList({ messages }: { messages: readonly string[] }) {
  return (
    <ul className="problems" role="alert">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
