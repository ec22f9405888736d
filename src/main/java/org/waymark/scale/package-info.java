/**
 * Synthetic data at scale: a deterministic generator of coherent, entirely invented LAs, schools, providers,
 * pupils, placements, registers, reviews, QA visits and concerns for benchmarks (issue 10). Never real data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data at scale")
package org.waymark.scale;
