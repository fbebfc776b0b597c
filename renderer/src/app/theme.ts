import type { ThemeConfig } from 'antd';

/** Sober administrative look: deep blue, plain surfaces, fonts that carry Vietnamese diacritics. */
export const DESK_FONT_FAMILY =
  '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export const deskTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1a4f8b',
    colorInfo: '#1a4f8b',
    colorLink: '#1a4f8b',
    colorError: '#c62828',
    colorWarning: '#b26a00',
    colorSuccess: '#2e7d32',
    borderRadius: 6,
    fontFamily: DESK_FONT_FAMILY,
    fontSize: 15,
    colorBgLayout: '#f2f4f7',
  },
  components: {
    Layout: { headerBg: '#123c6b', headerHeight: 60, headerPadding: '0 20px', siderBg: '#ffffff' },
    Menu: {
      itemHeight: 44,
      itemMarginInline: 8,
      itemBorderRadius: 6,
      itemSelectedBg: '#e3ecf7',
      itemSelectedColor: '#123c6b',
      itemHoverBg: '#f0f4f9',
      iconMarginInlineEnd: 12,
    },
    Table: { headerBg: '#eef2f7' },
  },
};
