import type { ReactNode } from 'react';
import type { Role } from '../labels/identity-labels';

export interface Screen {
  readonly path: string;
  /** Shown in the menu when set. */
  readonly menu?: { readonly label: string; readonly icon: ReactNode };
  /** Who may open it; everyone signed in when absent. */
  readonly roles?: readonly Role[];
  readonly element: ReactNode;
}
