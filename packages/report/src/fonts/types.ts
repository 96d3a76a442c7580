/** The font files a report embeds: Atkinson Hyperlegible Next regular and bold (the font the layout measures text with), as TrueType bytes. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
