import { Explorer } from "./explorer/Explorer.tsx";

/** The app is the explorer. */
export function App() {
  return <Explorer />;
}
