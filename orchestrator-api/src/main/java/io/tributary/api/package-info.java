/** The public contract of Tributary: the exception hierarchy shared by every module. */
package io.tributary.api;
