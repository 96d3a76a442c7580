/** The font files a report embeds: Arimo (regular and bold: Arial's metrics, as the layout measures text), as TrueType bytes. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
