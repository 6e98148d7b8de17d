/**
 * The elections dashboard for coordinators and leaders: the city, a town, one community's
 * election record with its stage form.
 */
@NullMarked
package cn.pinghu.socialwork.elections.ui;

import org.jspecify.annotations.NullMarked;
