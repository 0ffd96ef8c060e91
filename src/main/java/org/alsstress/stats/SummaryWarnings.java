package org.alsstress.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Says why a cell of a group table is blank: a group with fewer than two values has no SD and no test, two
 * groups without any spread cannot be tested, and a control mean of 0 has no fold changes.
 */
public final class SummaryWarnings {

	private SummaryWarnings() {}

	public static List<String> of(List<GroupSummary> groups, String control) {
		List<String> warnings = new ArrayList<>();
		GroupSummary reference = null;
		for (GroupSummary g : groups)
			if (g.test == null) reference = g;
		for (GroupSummary g : groups)
			if (g.n < 2) warnings.add("Group '" + g.group + "' has n = " + g.n + ": with fewer than two values it has " +
				"no SD" + (groups.size() > 1 ? " and cannot be tested, so its p-value" + (g.test == null ? "s (as the " +
					"control) are" : " is") + " left blank" : "") + ".");
		if (reference != null && reference.n >= 2)
			for (GroupSummary g : groups)
				if (g.test != null && g.n >= 2 && Double.isNaN(g.pValue())) warnings.add("The test of '" + g.group +
					"' against '" + control + "' could not be computed" + (g.sd == 0 && reference.sd == 0 ? ": neither " +
						"group varies (every value the same)" : "") + "; its p-value is left blank.");
		if (reference != null && reference.mean == 0) warnings.add("The control group '" + control + "' has a mean of " +
			"0: fold changes against it are undefined and left blank.");
		return warnings;
	}
}
