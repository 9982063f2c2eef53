import type { ThemeConfig } from 'antd';

/**
 * The theme of every screen. Ant Design's default text colours for links, secondary text
 * and status tags (blue #1677ff, red #ff4d4f, gold #faad14, 45% black) fall short of WCAG AA
 * contrast (4.5:1) on white and on the tags' pale backgrounds; these darker seeds keep every
 * one at 4.5:1 or more. Checked by axe in every browser journey.
 */
export const ACCESSIBLE_THEME: ThemeConfig = {
  // Tokens as CSS variables, one stylesheet per component instead of one per token set:
  // less style work on the first render (the first load of the task list, in npm run bench).
  // A fixed key: the stylesheet extracted at build time (apps/web/build) names the same one.
  cssVar: { key: 'giaoviec' },
  hashed: false,
  token: {
    colorPrimary: '#0b5cad',
    borderRadius: 6,
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif",
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorLink: '#0b5cad',
    colorInfo: '#0b5cad',
    colorError: '#c41d1d',
    colorWarning: '#ad4e00',
    colorSuccess: '#237804',
    // The pale backgrounds and borders of the default palette, not ones derived from the dark seeds.
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
  },
  components: {
    // Narrower header entries, so the standing office's eight fit a 1366 px screen: an entry
    // hidden under "···" stays focusable inside an aria-hidden list (antd), which axe refuses.
    Menu: { itemPaddingInline: 12 },
  },
};
