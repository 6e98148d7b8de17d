/**
 * Demo traffic: simulated station visits that keep the console moving in a demo run.
 */
@NullMarked
package cn.pinghu.socialwork.visits.demo;

import org.jspecify.annotations.NullMarked;
