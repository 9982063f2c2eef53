import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAsOf } from './AsOfControl';

/** The address of a task's page; with a past day, of the task as it stood at its end. */
export function taskPath(taskId: string, asOf?: string): string {
  const path = `/nhiem-vu/${encodeURIComponent(taskId)}`;
  return asOf ? `${path}?asOf=${asOf}` : path;
}

/**
 * A link to a task's page. On a screen shown as of a past day (`?asOf=` in its address) it
 * opens the task as it stood that day, not as it is now.
 */
export function TaskLink({
  taskId,
  children,
  style,
}: {
  taskId: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const asOf = useAsOf();
  return (
    <Link to={taskPath(taskId, asOf)} style={style}>
      {children}
    </Link>
  );
}
