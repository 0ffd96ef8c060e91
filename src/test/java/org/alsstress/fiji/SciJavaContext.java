package org.alsstress.fiji;

import org.junit.rules.ExternalResource;
import org.scijava.Context;

/** One SciJava context for a test class: {@code @ClassRule public static SciJavaContext scijava = new SciJavaContext();} */
public final class SciJavaContext extends ExternalResource {

	private Context context;

	@Override
	protected void before() {
		context = new Context();
	}

	@Override
	protected void after() {
		context.dispose();
	}

	public Context get() {
		return context;
	}

	public <S extends org.scijava.service.Service> S service(final Class<S> type) {
		return context.service(type);
	}
}
