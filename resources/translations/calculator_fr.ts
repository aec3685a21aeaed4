<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="150"/>
        <source>{0}/yr real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="150"/>
        <source>{0}/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="153"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="155"/>
        <source>+{0:g} bn/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="157"/>
        <source>custom path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="159"/>
        <location filename="../../calculator/gui/compare.py" line="222"/>
        <source>constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="204"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="205"/>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="206"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="207"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="208"/>
        <source>NATO edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="210"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="211"/>
        <source>IMF baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="211"/>
        <source>constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="213"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="213"/>
        <location filename="../../calculator/gui/compare.py" line="215"/>
        <location filename="../../calculator/gui/compare.py" line="227"/>
        <source>{0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="215"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="217"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="218"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="220"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="222"/>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="223"/>
        <location filename="../../calculator/gui/compare.py" line="240"/>
        <source>glide path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="223"/>
        <source>increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="224"/>
        <source>custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="225"/>
        <source>Core path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="227"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="229"/>
        <source>Growth measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="230"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="230"/>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="232"/>
        <source>Glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="233"/>
        <source>Glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="234"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="234"/>
        <source>{0:g} bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="236"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="239"/>
        <source>Related path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="240"/>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="241"/>
        <source>Related share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="243"/>
        <source>Related target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="244"/>
        <source>Related year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="245"/>
        <source>Related cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="246"/>
        <location filename="../../calculator/gui/dialogs.py" line="66"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="37"/>
        <source>How the calculator works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="38"/>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="39"/>
        <source>The base year is the latest year with a NATO figure for the ally (2026, an estimate, in the July 2026 edition). Core defence spending in the base year is NATO&apos;s share of GDP times the IMF&apos;s nominal GDP for that year, in the ally&apos;s own currency. Money the calculator derives this way is labelled as derived; NATO&apos;s own published amounts are shown beside the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="44"/>
        <source>The economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="45"/>
        <source>Each year GDP grows by real growth and by GDP-deflator inflation: GDP&lt;sub&gt;t&lt;/sub&gt; = GDP&lt;sub&gt;t−1&lt;/sub&gt; × (1 + g&lt;sub&gt;t&lt;/sub&gt;) × (1 + p&lt;sub&gt;t&lt;/sub&gt;). The IMF baseline uses the IMF World Economic Outlook (October 2025) to 2030 and holds the 2030 rates afterwards; with it the projected GDP reproduces the IMF&apos;s figures. The constant preset uses your rates for every year. Adjustments add percentage points on top of either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="51"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="52"/>
        <source>&lt;b&gt;Constant share&lt;/b&gt;: the base-year share every year (no policy change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="54"/>
        <source>&lt;b&gt;Growth&lt;/b&gt;: spending grows by a rate each year, in cash (nominal) or on top of inflation (real).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="56"/>
        <source>&lt;b&gt;Glide path&lt;/b&gt;: the share moves in a straight line to a target by a year, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="58"/>
        <source>&lt;b&gt;Increment&lt;/b&gt;: a fixed amount in national currency is added each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="60"/>
        <source>&lt;b&gt;Custom&lt;/b&gt;: your points (share or amount), joined by straight lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="62"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="64"/>
        <source>It has its own share path and counts towards the total up to 1.5 % of GDP. NATO publishes no per-ally figure for it, so it starts at 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="67"/>
        <source>A threshold is reached in the first year whose share is at or above it; if the base year already is, it is &apos;already met&apos;. &apos;Holds&apos; says whether the share stays above it to the horizon. The gap is measured at the target year, in points of GDP and in money. Required growth is the constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="73"/>
        <source>Hague path check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="74"/>
        <source>Allies agreed to submit annual plans showing a credible, incremental path to 3.5 % by 2035, reviewed in 2029. The check asks whether the core share never falls, whether it reaches 3.5 % by 2035, and where it stands in 2029 against a straight line from the base year to 3.5 % in 2035.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="78"/>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="79"/>
        <source>Extra spending is compared with a constant share of GDP, a cash freeze (the base-year amount every year) and a real freeze (the base-year amount indexed to the GDP deflator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="82"/>
        <source>NATO&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="83"/>
        <source>NATO&apos;s year is the fiscal year holding most of its months (2025 = FY 2025/26 for Canada and the United Kingdom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="99"/>
        <source>edition {0}, released {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="101"/>
        <source>Estimates or projections: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="105"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="106"/>
        <source>Version {0}. Works offline: all data ships with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="108"/>
        <source>Dataset: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="109"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="110"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="113"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceTableModel</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="143"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="143"/>
        <source>Ally (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="144"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="144"/>
        <source>Base year: NATO&apos;s latest figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="146"/>
        <source>Base share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="147"/>
        <source>Core defence share of GDP in the base year (NATO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="148"/>
        <source>{0} core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="149"/>
        <source>Core share of GDP at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="154"/>
        <source>{0} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="155"/>
        <source>Core + counted related share at the horizon ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="159"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="159"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="161"/>
        <source>Year {0} is first reached ({1}); – not by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="253"/>
        <source>{0} (met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="263"/>
        <source>Already met in the base year {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="265"/>
        <source>First reached in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="267"/>
        <source>Not by {0}; on these assumptions in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="269"/>
        <source>Not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceView</name>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="320"/>
        <source>Alliance assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="325"/>
        <source>Alliance note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="349"/>
        <source>Alliance table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="351"/>
        <source>Every ally under the current assumptions. Click a column title to sort; – (not reached) sorts last. Arrow keys select an ally and highlight its path; Enter or a double-click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="356"/>
        <source>Alliance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="359"/>
        <source>Alliance chart read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="360"/>
        <source>Point at a path to read the ally, year and share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="420"/>
        <source>{0} ({1}), {2}: core {3:.2f} % of GDP = {4:,.1f} bn {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="426"/>
        <source>core defence, % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="426"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="509"/>
        <source>Every ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="510"/>
        <source>IMF baseline economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="511"/>
        <source>constant rates of {0:g} % real growth and {1:g} % inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="514"/>
        <source>{0} allies with a NATO figure under the current assumptions: core spending {1}, {2}, horizon {3}. Iceland has no armed forces and no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="518"/>
        <source>an annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="520"/>
        <source>custom amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/alliance.py" line="522"/>
        <source>Your path is {0} in {1}, one ally&apos;s currency, so it cannot apply to every ally: the overview holds each ally&apos;s base-year share constant instead. Choose growth, a glide path or a constant share to compare allies on your path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllyPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="141"/>
        <source>Ally and horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="153"/>
        <source>{0} ({1}) · no NATO figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="156"/>
        <source>{0} ({1}) · {2:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="169"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="170"/>
        <source>Pick an ally: type part of its name or its ISO code (ESP, BEL…). The figure is NATO&apos;s latest share of GDP for core defence ({0} edition, latest year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="176"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="177"/>
        <source>Last year shown and tested (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="180"/>
        <source>&amp;Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="181"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="277"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="278"/>
        <source>Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="280"/>
        <source>Keep the current assumptions as an overlay on the share chart (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="282"/>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="283"/>
        <source>Unpin selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="284"/>
        <source>Remove the selected pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="285"/>
        <source>Unpin &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="286"/>
        <source>Unpin all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="287"/>
        <source>Remove every pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="291"/>
        <source>Compare message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="294"/>
        <source>Pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="295"/>
        <source>Pinned scenarios, in the colours of their overlays. Delete unpins the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="298"/>
        <location filename="../../calculator/gui/compare.py" line="320"/>
        <location filename="../../calculator/gui/compare.py" line="450"/>
        <source>Assumptions that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="300"/>
        <source>Assumptions that differ between the current scenario and the pinned ones; – means the scenario&apos;s path does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="315"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="340"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="392"/>
        <source>{0} of {1} pinned. Pinned scenarios appear on the share chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="394"/>
        <source>Pin the current scenario to keep it on the share chart while you try other assumptions or allies (up to {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="424"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="438"/>
        <source>Differs from the current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="444"/>
        <source>Assumptions that differ (pin a scenario to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="447"/>
        <source>Assumptions that differ: none, the pinned scenarios match the current one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="434"/>
        <source>Core defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="438"/>
        <source>Constant share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="439"/>
        <source>Grow by a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="440"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="441"/>
        <source>Add an amount each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="442"/>
        <location filename="../../calculator/gui/panels.py" line="516"/>
        <source>Custom points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="444"/>
        <source>Spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="445"/>
        <source>How core defence spending evolves after the base year. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="458"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="460"/>
        <source>Spending growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="461"/>
        <source>Growth of core defence spending each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="463"/>
        <source>nominal (cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="464"/>
        <source>real (above inflation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="465"/>
        <source>Nominal or real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="466"/>
        <source>Nominal: the cash amount grows by the rate. Real: it grows by the rate on top of GDP deflator inflation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="468"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="469"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="479"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="480"/>
        <source>Glide target share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="481"/>
        <source>Share of GDP reached in a straight line by the glide year, then held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="484"/>
        <source>Glide target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="485"/>
        <source>Year the target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="486"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="487"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="499"/>
        <source>Annual increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="500"/>
        <source>Amount added to core spending every year, in billions of the ally&apos;s national currency, current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="502"/>
        <source>Each year add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="510"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="510"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="517"/>
        <source>Years you fixed; the path runs in straight lines between them and the last value holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="523"/>
        <source>Custom point year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="523"/>
        <source>Year to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="528"/>
        <source>Custom point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="529"/>
        <source>Share of GDP (%) or amount (billions of national currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="531"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="532"/>
        <source>bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="533"/>
        <source>Custom point kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="534"/>
        <source>Whether the value is a share of GDP or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="535"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="536"/>
        <source>Set custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="537"/>
        <source>Add the point, or replace the one for that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="538"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="539"/>
        <source>Remove custom point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="540"/>
        <source>Remove the selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="553"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="638"/>
        <source> bn {0} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="641"/>
        <source>bn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="647"/>
        <source>{0:g} % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="648"/>
        <source>{0:,.2f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="659"/>
        <source>Core spending stays at {0:.2f} % of GDP, the {1} share: the no-policy-change baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomyPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="224"/>
        <source>Economy (GDP path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="227"/>
        <source>IMF baseline (WEO Oct 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="228"/>
        <source>Constant rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="229"/>
        <source>Economy preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="230"/>
        <source>IMF baseline: the IMF&apos;s real growth and GDP deflator to 2030, held after 2030. Constant: the rates below for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="232"/>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="235"/>
        <source>Real GDP growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="236"/>
        <source>Real GDP growth each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="239"/>
        <source>Inflation (GDP deflator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="240"/>
        <source>GDP deflator inflation each year (constant preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="241"/>
        <source> pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="244"/>
        <source>Growth adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="245"/>
        <source>Percentage points added to real growth in every year, on top of either preset (negative for a downturn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="249"/>
        <source>Inflation adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="250"/>
        <source>Percentage points added to inflation in every year, on top of either preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="253"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="254"/>
        <source>Real growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="255"/>
        <source>Inflation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="256"/>
        <source>Growth adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="257"/>
        <source>Inflation adj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="276"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="276"/>
        <source>Growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="276"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="290"/>
        <source>Per-year overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="291"/>
        <source>Replace the real growth and/or inflation of single years (either preset, after the adjustments). Leave a cell blank to keep the preset&apos;s rate. F2 or typing edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="294"/>
        <source>Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="295"/>
        <source>Add override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="296"/>
        <source>Add the next year without an override and start typing its growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="297"/>
        <source>Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="298"/>
        <source>Remove override year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="299"/>
        <source>Remove the selected override years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="304"/>
        <source>Per-year overrides (blank keeps the preset)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="60"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="96"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="107"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="108"/>
        <source>&amp;Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="112"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="113"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="129"/>
        <location filename="../../calculator/gui/main_window.py" line="228"/>
        <source>&amp;This ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="130"/>
        <location filename="../../calculator/gui/main_window.py" line="231"/>
        <source>All&amp;iance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="131"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="146"/>
        <source>Dataset {0} · NATO {1}, cut-off {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="148"/>
        <source>Help &gt; About lists every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="176"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="180"/>
        <source>Reset to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="181"/>
        <source>Default assumptions for the selected ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="190"/>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="193"/>
        <source>&amp;About and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="227"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="233"/>
        <source>Every ally under the current assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="235"/>
        <source>&amp;Compare pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="242"/>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="243"/>
        <source>&amp;Pin current scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="245"/>
        <source>Keep the current assumptions on the share chart for comparison (up to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="248"/>
        <source>&amp;Unpin all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/main_window.py" line="278"/>
        <source>Pinned “{0}” ({1} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <location filename="../../calculator/gui/dialogs.py" line="86"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="63"/>
        <source>already met ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="67"/>
        <source>not by {0} (in {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="69"/>
        <source>not by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="77"/>
        <source>Related spending above {0:g} % of GDP counts only up to {0:g} % in the total (NATO&apos;s Hague rule); this path reaches {1:.2f} %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedScenarios</name>
    <message>
        <location filename="../../calculator/gui/compare.py" line="87"/>
        <source>This scenario is pinned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/compare.py" line="91"/>
        <source>At most {0} scenarios can be pinned; unpin one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../../calculator/gui/chart.py" line="76"/>
        <source>Share of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="77"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="79"/>
        <source>Chart view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="80"/>
        <source>Switch between the share of GDP and the money per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="83"/>
        <source>Chart read-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="85"/>
        <source>Point at the chart to read a year&apos;s share and money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="103"/>
        <source>Year (NATO fiscal year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="107"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="118"/>
        <source>NATO, published (hollow: estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="174"/>
        <source>NATO, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="281"/>
        <source> · already met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="122"/>
        <location filename="../../calculator/gui/chart.py" line="177"/>
        <source>Core defence, projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="125"/>
        <location filename="../../calculator/gui/chart.py" line="127"/>
        <source>Core + related (total), projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="145"/>
        <source>{0} review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="148"/>
        <source>{0} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="170"/>
        <source>billions, national currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="180"/>
        <location filename="../../calculator/gui/chart.py" line="202"/>
        <source>Core + related (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="184"/>
        <source>Needed for each threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="277"/>
        <location filename="../../calculator/gui/chart.py" line="343"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="277"/>
        <location filename="../../calculator/gui/chart.py" line="343"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="293"/>
        <source>{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="341"/>
        <source>{0} {1}: {2:,.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="351"/>
        <source>billions of {0}, current prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="446"/>
        <source>{0}: core {1:.2f} % of GDP = {2:,.1f} bn {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="449"/>
        <source>total {0:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="450"/>
        <source>GDP {0:,.0f} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="451"/>
        <source>base year, NATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="451"/>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="459"/>
        <source>{0}: NATO {1:.2f} % of GDP ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/chart.py" line="462"/>
        <source> · {0:,.1f} bn {1} published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedSpendingPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="670"/>
        <source>Related spending (the 1.5 % track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="673"/>
        <source>Constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="674"/>
        <source>Glide path to a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="675"/>
        <source>Related spending path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="676"/>
        <source> % of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="679"/>
        <source>Related spending share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="680"/>
        <source>Related spending as a share of GDP (the starting share for a glide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="684"/>
        <source>Related glide target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="685"/>
        <source>Share reached by the glide year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="688"/>
        <source>Related glide year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="689"/>
        <source>Year the related target share is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="691"/>
        <source>NATO publishes no per-ally figure for this category, so it starts at 0 %. At most {0:g} % of GDP counts towards the 5 % total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="700"/>
        <source>Related spending cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="703"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="704"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="705"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="706"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="144"/>
        <source>Threshold results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="146"/>
        <source>Gap: threshold minus the projected share at the target year (positive is a shortfall). Required growth: constant nominal growth of core spending from the base year that reaches the threshold at its target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="176"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="176"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="178"/>
        <source>{0:+.2f} pp · {1} bn {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="181"/>
        <source>none (met exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="182"/>
        <source>none (above by {0:.2f} pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="185"/>
        <source>{0}: {1:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="191"/>
        <location filename="../../calculator/gui/results.py" line="259"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="191"/>
        <location filename="../../calculator/gui/results.py" line="259"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="194"/>
        <source>{0} bn {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="197"/>
        <source>{0:.1f} % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="260"/>
        <source>Hague path check: never falls: {0}; 3.5 % core by {1}: {2} ({3:.2f} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="265"/>
        <source>At the {0} review: {1:.2f} % against {2:.2f} % on the straight line to 3.5 % ({3:+.2f} pp, {4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="269"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="269"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="283"/>
        <source>a constant share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="284"/>
        <source>a cash freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="285"/>
        <source>a real freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="286"/>
        <source>Core spending {0}–{1}, cumulative: {2}, {3}, {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="292"/>
        <source>the same as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="294"/>
        <source>{0} bn {1} less than {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="296"/>
        <source>{0} bn {1} more than {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="302"/>
        <source>In {0}: core defence is {1:.1f} % of government spending and {2} {3} per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="308"/>
        <source>The total counts related spending at 0 %: NATO publishes no per-ally figure for it; set it in the related spending panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <location filename="../../calculator/gui/files.py" line="127"/>
        <source>&amp;New</source>
        <extracomment>Every error an export or a file operation reports with a one-line message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="129"/>
        <source>Start again from the default assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="131"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="134"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="137"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="140"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="141"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="143"/>
        <source>PDF brief (&amp;A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="144"/>
        <source>PDF brief (&amp;Letter)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="145"/>
        <location filename="../../calculator/gui/files.py" line="153"/>
        <source>&amp;Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="146"/>
        <source>&amp;CSV yearly table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="147"/>
        <source>&amp;JSON projection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="148"/>
        <source>Chart &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="149"/>
        <source>Chart &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="151"/>
        <source>Export a&amp;lliance overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="152"/>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="206"/>
        <source>Defence Budget What-If Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="208"/>
        <source>{0} · {1}[*] — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="210"/>
        <source>{0}[*] — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="243"/>
        <location filename="../../calculator/gui/files.py" line="607"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="244"/>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="247"/>
        <location filename="../../calculator/gui/files.py" line="612"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="258"/>
        <source>Untitled ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="273"/>
        <location filename="../../calculator/gui/files.py" line="289"/>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="278"/>
        <source>Different dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="279"/>
        <source>{0} was saved with dataset {1}; the active dataset is {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="282"/>
        <source>Open it with dataset {0}? Projected figures can differ from when it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="297"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="309"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="319"/>
        <source>Scenarios (*.scenario.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="319"/>
        <location filename="../../calculator/gui/files.py" line="506"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="320"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="330"/>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="336"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="351"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="406"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="410"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="424"/>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="425"/>
        <source>{0}: no such file; removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="486"/>
        <source>The alliance overview needs a growth, glide or constant-share path: increment and custom paths are in one ally&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="493"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="498"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="503"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="504"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="505"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="507"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="508"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="554"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="562"/>
        <source> and {0} pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="565"/>
        <source>Recover your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="566"/>
        <source>Recover the work from your last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="568"/>
        <source>The calculator did not close normally. Unsaved scenario: {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="586"/>
        <source>Cannot recover the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/files.py" line="608"/>
        <source>Save the changes to “{0}” before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="24"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="28"/>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="29"/>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="30"/>
        <source>Shown in the window title and on exported reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="32"/>
        <source>Notes: purpose, sources, caveats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="33"/>
        <source>Scenario notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="34"/>
        <source>Free text, saved with the scenario and printed in the PDF brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="41"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/scenario_panel.py" line="42"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentenceBar</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="99"/>
        <source>Summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="100"/>
        <source>Copy sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="101"/>
        <source>Copy summary sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="102"/>
        <source>Copy the sentence to paste into a briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <location filename="../../calculator/gui/panels.py" line="762"/>
        <location filename="../../calculator/gui/panels.py" line="774"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="765"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="765"/>
        <source>% of GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="765"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="765"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="766"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="775"/>
        <source>Each threshold is tested against the core share or the total (core + counted related) share; its target year is where the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="778"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="779"/>
        <source>Add threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="779"/>
        <source>Add a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="780"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="781"/>
        <source>Remove threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="782"/>
        <source>Remove the selected thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="783"/>
        <source>Add Wales 2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="784"/>
        <source>Add Wales threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="785"/>
        <source>Add the 2014 Wales guideline of 2 % of GDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="786"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="787"/>
        <source>Restore default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="788"/>
        <source>2.1 % core (Spain&apos;s claim), 3.5 % core and 5 % total (The Hague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="825"/>
        <source>Test this threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="834"/>
        <source>Threshold value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="834"/>
        <source>Share of GDP to test, in %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="837"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="838"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="839"/>
        <source>Threshold measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="840"/>
        <source>core: NATO core defence share. total: core + related (counted up to 1.5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="847"/>
        <source>Threshold target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="848"/>
        <source>Year the gap and the required growth are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="852"/>
        <source>Threshold label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/panels.py" line="852"/>
        <source>Name shown on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTableModel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="331"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="332"/>
        <source>GDP, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="333"/>
        <source>Real growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="334"/>
        <source>Inflation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="335"/>
        <source>Core, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="336"/>
        <source>Core % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="337"/>
        <source>Related, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="338"/>
        <source>Related % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="339"/>
        <source>Total % GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="340"/>
        <source>Core, bn, base-year prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="341"/>
        <source>Core per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="342"/>
        <source>Core % gov. spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="343"/>
        <source>Extra vs constant share, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="344"/>
        <source>Extra vs cash freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="345"/>
        <source>Extra vs real freeze, bn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTablePanel</name>
    <message>
        <location filename="../../calculator/gui/results.py" line="417"/>
        <source>Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="418"/>
        <source>Per-year projection; Ctrl+C copies the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="421"/>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="422"/>
        <source>Copy yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="423"/>
        <source>Copy as tab-separated text (pastes into Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../calculator/gui/results.py" line="446"/>
        <source>{0}: money in billions of {1}, current prices (derived: NATO share × IMF GDP in the base year {2}, then the paths you set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
