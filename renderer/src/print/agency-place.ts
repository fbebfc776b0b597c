/** The place on the date line: "UBND Phường Tập Huấn" -> "Phường Tập Huấn". */
export function placeOfAgency(agencyName: string): string {
  return agencyName.replace(/^\s*(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '').trim() || agencyName;
}
