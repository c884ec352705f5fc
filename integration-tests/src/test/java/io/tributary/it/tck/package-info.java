/** The Jakarta Batch TCK run against Tributary's runtime as it is bootstrapped in Java SE. */
package io.tributary.it.tck;
