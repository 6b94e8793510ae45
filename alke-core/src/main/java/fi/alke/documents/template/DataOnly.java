package fi.alke.documents.template;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * What a template sees of the Java objects it is given: the model's values and the methods the model
 * offers templates (a record's components, {@code doc.meta.paddedDates()}, {@code party.name(lang)}),
 * a code's {@code name()} and {@code ordinal()}, an optional value's {@code get()}, and the getters of dates
 * and times; nothing of Java itself. Without it {@code ${doc.getClass()}}
 * printed a class name and {@code doc?keys} listed {@code getClass}, {@code hashCode} and {@code builder}:
 * a template author should not depend on, or reach, the implementation.
 */
final class DataOnly implements MemberAccessPolicy {
    static final DataOnly INSTANCE = new DataOnly();

    /** Object's methods: the implementation, not the data (a value's toString is its text, and stays). */
    private static final Set<String> HIDDEN = Set.of("getClass", "hashCode", "equals", "wait", "notify",
            "notifyAll", "clone", "finalize");
    /** An optional value's and a code's methods that the stock library reads. */
    private static final Set<String> OPTIONAL = Set.of("get", "isPresent", "isEmpty", "orElse");
    private static final Set<String> CODE = Set.of("name", "ordinal");

    private static final ClassMemberAccessPolicy POLICY = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            if (Modifier.isStatic(method.getModifiers()) || HIDDEN.contains(method.getName())) {
                return false;
            }
            String owner = method.getDeclaringClass().getName();
            // the model's own methods, a code's name (party.type.name()), and reading a date's parts
            return owner.startsWith("fi.alke.documents.")
                    || owner.equals("java.lang.Enum") && CODE.contains(method.getName())
                    || owner.equals("java.util.Optional") && OPTIONAL.contains(method.getName())
                    || owner.startsWith("java.time.") && (method.getName().startsWith("get")
                    || method.getName().startsWith("is"));
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private DataOnly() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return POLICY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        // ${value} of a model value (a code, a region) prints what its toString says
        return true;
    }
}
