package io.tributary.core.bootstrap;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.jberet.creation.AbstractArtifactFactory;

/**
 * Resolves batch artifacts ({@code ref} names in job XML) as beans of a given container, so that
 * JBeret and the application share one CDI container.
 */
public final class CdiArtifactFactory extends AbstractArtifactFactory {

    private final BeanManager beanManager;

    public CdiArtifactFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Class<?> getArtifactClass(String ref, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null : bean.getBeanClass();
    }

    @Override
    public Object create(String ref, Class<?> cls, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null
                : beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }
}
