/** The font files a report embeds: DejaVu Sans (regular and bold), as TrueType bytes. */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
