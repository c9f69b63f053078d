// Existence dates (Wikidata P571 inception, P576 dissolved, abolished or demolished): when an
// entity began and when it ceased to exist. The value is a date, not another entity, so it is
// not a relationship: each is a set of entity properties that reads like a statement, with the
// same qualifiers (docs/model.md, "Existence dates"):
//   foundedOn / dissolvedOn               Date (dissolvedOn: the first day it no longer exists)
//   ...Precision                          DAY | MONTH | YEAR | DECADE | CENTURY
//   ...Status, ...Confidence              as on statements (a disputed dissolution is DISPUTED)
//   ...Sources, ...AssertedBy, ...DisputedBy   ids, as on statements
//   ...Note                               why this date, what conflicts
// Only what the fact sheet gives; [U] facts stay UNVERIFIED.

UNWIND [
  {id: 'artsakh', on: '1991-09-02', sources: ['int-heritage-am', 'laterradihayk-nkr'], note: 'Proclaimed at a joint session of the NKAO and Shahumyan district councils (Wikidata P571 1991-09-02).'},
  {id: 'osce-minsk-group', on: '1992-03-24', sources: ['minsk-group-history'], note: 'Created after the CSCE Helsinki Additional Meeting of 24 March 1992 (the planned Minsk conference was never held); the co-chairmanship followed at the Budapest Summit, 5-6 December 1994.'},
  {id: 'russian-peacekeeping-contingent', on: '2020-11-10', sources: ['trilateral-statement-2020-text-am', 'uawire-2020-11', 'usc-armenian-2020-11-10'], note: 'Deployed under points 3-6 of the trilateral statement from 10 November 2020.'},
  {id: 'russian-turkish-joint-monitoring-centre', on: '2021-01-30', sources: ['rtjmc-reports'], note: 'Opened near Marzili (Aghdam district) under the Russia-Türkiye memorandum of 11 November 2020.'},
  {id: 'eumcap', on: '2022-10-20', sources: ['eu-missions-reports', 'hetq-prague-2022-10'], note: 'EU observers deployed in Armenia from 20 October 2022, agreed at Prague on 6 October.'},
  {id: 'euma', on: '2023-02-20', sources: ['council-decision-2023-162', 'eu-missions-reports'], note: 'Established by Council Decision (CFSP) 2023/162 of 23 January 2023; launched on 20 February 2023.'}
] AS e
MATCH (n:Entity {id: e.id})
SET n.foundedOn = date(e.on), n.foundedOnPrecision = 'DAY',
    n.foundedOnStatus = coalesce(e.status, 'UNCONTESTED'), n.foundedOnConfidence = coalesce(e.confidence, 'CONFIRMED'),
    n.foundedOnSources = e.sources, n.foundedOnAssertedBy = coalesce(e.assertedBy, []), n.foundedOnDisputedBy = coalesce(e.disputedBy, []),
    n.foundedOnNote = e.note;

UNWIND [
  {id: 'artsakh', on: '2024-01-01', status: 'DISPUTED', assertedBy: ['samvel-shahramanyan'], disputedBy: ['vladimir-grigoryan'], sources: ['dissolution-decree-reports-2023-09-28', 'dissolution-disputed-2023-12', 'pravda-2024-04-17'], note: 'The dissolution decree signed by Samvel Shahramanyan on 28 September 2023 dissolves all state institutions by 1 January 2024, when "the Republic of Nagorno-Karabakh (Artsakh) ceases to exist" (Wikidata P576 2024-01-01). Disputed: on 22 December 2023 his adviser Vladimir Grigoryan said a decree of 19 October 2023 had in effect annulled it, and called the dissolution illegal without a referendum (allegation dissolution-decree-annulled). Its armed forces capitulated on 20 September 2023.'},
  {id: 'osce-minsk-group', on: '2025-12-01', sources: ['osce-mc-1-25-reports-2025', 'minsk-group-history'], note: 'OSCE decision MC/1/25 (1 September 2025) terminated the Minsk Process from 1 September 2025; the closure was finalised at 23:59 on 30 November 2025, so 1 December 2025 is the first day it no longer existed.'},
  {id: 'russian-turkish-joint-monitoring-centre', on: '2024-04-26', sources: ['rtjmc-reports'], note: 'Its activity closed on 26 April 2024.'},
  {id: 'eumcap', on: '2022-12-19', sources: ['eu-missions-reports'], note: 'The observers served until 19 December 2022.'},
  {id: 'artsakh-defense-army', on: '2023-09-20', sources: ['capitulation-terms-2023-09-20', 'kyivindependent-2023-09'], note: 'Under the ceasefire effective at 13:00 on 20 September 2023 it was to disarm and be disbanded (the date the terms took effect; the disbanding itself took longer).'},
  {id: 'russian-peacekeeping-contingent', on: '2024-06-12', sources: ['withdrawal-complete-2024-06-12', 'withdrawal-reports-2024-04'], note: 'Withdrawal completed on 12 June 2024 per the Azerbaijani MoD; a Russian MoD confirmation was not found.'}
] AS e
MATCH (n:Entity {id: e.id})
SET n.dissolvedOn = date(e.on), n.dissolvedOnPrecision = 'DAY',
    n.dissolvedOnStatus = coalesce(e.status, 'UNCONTESTED'), n.dissolvedOnConfidence = coalesce(e.confidence, 'CONFIRMED'),
    n.dissolvedOnSources = e.sources, n.dissolvedOnAssertedBy = coalesce(e.assertedBy, []), n.dissolvedOnDisputedBy = coalesce(e.disputedBy, []),
    n.dissolvedOnNote = e.note;
