import { Component, type ReactNode } from 'react';

/**
 * Shows `fallback(error)` in place of a subtree that threw (a failed query, a refused request), so
 * the rest of the page keeps working. `resetKey` changing (another URL) tries the subtree again.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback: (error: Error) => ReactNode; resetKey: string },
  { error: Error | null; resetKey: string }
> {
  override state: { error: Error | null; resetKey: string } = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error('Unexpected error.') };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: Error | null; resetKey: string },
  ): { error: Error | null; resetKey: string } | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
