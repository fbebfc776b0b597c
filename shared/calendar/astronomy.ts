/**
 * The two astronomical quantities the lunisolar calendar needs, after Jean Meeus,
 * "Astronomical Algorithms" (2nd ed.): the instant of a mean-phase-corrected new moon
 * (chapter 49) and the Sun's apparent ecliptic longitude (chapter 25, low-precision method,
 * about 0.01 degree, i.e. a quarter of an hour of the Sun's motion). Times are Julian Days;
 * "JDE" is dynamical time, converted to universal time with Delta T.
 */

const RAD = Math.PI / 180;
const sinDeg = (deg: number) => Math.sin(deg * RAD);

/** Julian Day of 2000-01-01 12:00 TT. */
const J2000 = 2451545.0;
/** Julian Day of 1970-01-01 00:00 UT: links Julian Days to day numbers. */
export const UNIX_EPOCH_JD = 2440587.5;

/**
 * Delta T = TT - UT in seconds, from the polynomial fits of Espenak and Meeus (2006) for the
 * years this project needs. It shifts instants by about a minute, which matters only when a
 * new moon or a solar term falls within a minute of midnight.
 */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - J2000) / 365.25;
}

/** Universal time (JD) from dynamical time (JDE). */
export function jdeToJd(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / 86400;
}

/** Dynamical time (JDE) from universal time (JD). */
export function jdToJde(jd: number): number {
  return jd + deltaTSeconds(decimalYearOfJd(jd)) / 86400;
}

/** Periodic terms of the new-moon correction: [coefficient, power of E, M, M', F, Omega multipliers]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments: [coefficient, A at k=0, rate per lunation]; A1 also has a T^2 term. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Mean length of a lunation in days. */
export const SYNODIC_MONTH = 29.530588861;

/**
 * Universal time (JD) of new moon number k, counted from the new moon of 6 January 2000
 * (k = 0); negative k goes back in time.
 */
export function newMoonJd(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  for (const [coef, ePower, m, mp, f, om] of NEW_MOON_TERMS) {
    jde += coef * E ** ePower * sinDeg(m * M + mp * Mp + f * F + om * Om);
  }
  for (let i = 0; i < PLANETARY_TERMS.length; i++) {
    const [coef, a0, rate] = PLANETARY_TERMS[i]!;
    const a = a0 + rate * k - (i === 0 ? 0.009173 * T2 : 0);
    jde += coef * sinDeg(a);
  }
  return jdeToJd(jde);
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at universal time jd. */
export function sunLongitude(jd: number): number {
  const T = (jdToJde(jd) - J2000) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.000289 * sinDeg(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sinDeg(omega);
  return ((apparent % 360) + 360) % 360;
}
