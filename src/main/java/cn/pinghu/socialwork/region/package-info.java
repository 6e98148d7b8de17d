/**
 * The region the console serves (辖区): its name, division code, department, time zone,
 * bounding box and outline, as one setting that every title and the station map read.
 */
@NullMarked
package cn.pinghu.socialwork.region;

import org.jspecify.annotations.NullMarked;
