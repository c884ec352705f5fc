/** Runtime settings: one commented properties file, overridable by environment and system properties. */
package io.tributary.core.config;
