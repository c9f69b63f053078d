// Actors: states, forces, organisations, government bodies and people (`:Entity:Actor:<Kind>`).
// wikidataId is set only where the fact sheet marks the Q-id verified; otherwise it is absent (null).

UNWIND [
  {id: 'azerbaijan', name: 'Azerbaijan', wikidataId: 'Q227', description: 'Republic of Azerbaijan. Independence declared on 18 October 1991 (restoration declaration of 30 August 1991); internationally recognised as sovereign over Nagorno-Karabakh.'},
  {id: 'armenia', name: 'Armenia', wikidataId: 'Q399', description: 'Republic of Armenia. Backed the Republic of Artsakh without recognising it; recognised Azerbaijan\'s 86,600 km2 including Nagorno-Karabakh in May 2023.'},
  {id: 'russia', name: 'Russia', wikidataId: 'Q159', description: 'Russian Federation. Signatory and guarantor (peacekeeping) of the 2020 trilateral statement; OSCE Minsk Group co-chair.'},
  {id: 'poland', name: 'Poland', wikidataId: 'Q36', description: 'Republic of Poland. Held the OSCE Chairmanship in 2022.'},
  {id: 'france', name: 'France', wikidataId: 'Q142', description: 'OSCE Minsk Group co-chair from 1997; party to the Prague (2022) and Granada (2023) statements.'},
  {id: 'united-states', name: 'United States', wikidataId: 'Q30', description: 'OSCE Minsk Group co-chair from 1997; host of the Washington meeting of 8 August 2025.'},
  {id: 'turkiye', name: 'Türkiye', wikidataId: 'Q43', description: 'Co-ran the Russian-Turkish Joint Monitoring Centre (2021-2024); member of the OSCE Minsk Group.'},
  {id: 'germany', name: 'Germany', description: 'Member of the OSCE Minsk Group; Chancellor Scholz joined the Granada statement of 5 October 2023.'},
  {id: 'finland', name: 'Finland', description: 'Member of the OSCE Minsk Group; held the OSCE Chairmanship in 2025 (Elina Valtonen).'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:SovereignState, n = e {.*, kind: 'SOVEREIGN_STATE'};

UNWIND [
  {id: 'artsakh', name: 'Republic of Artsakh', wikidataId: 'Q244165', description: 'Nagorno-Karabakh Republic (NKR), renamed Republic of Artsakh in 2017. Proclaimed on 2 September 1991; recognised by no UN member state, Armenia included. Capitulated on 20 September 2023; its dissolution decree of 28 September 2023 set 1 January 2024 as its end, which its own officials later disputed.'},
  {id: 'transnistria', name: 'Transnistria', description: 'Unrecognised state; one of the only entities that recognised the NKR before 2020.'},
  {id: 'abkhazia', name: 'Abkhazia', description: 'Unrecognised state; one of the only entities that recognised the NKR before 2020.'},
  {id: 'south-ossetia', name: 'South Ossetia', description: 'Unrecognised state; one of the only entities that recognised the NKR before 2020.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:UnrecognizedState, n = e {.*, kind: 'UNRECOGNIZED_STATE'};

UNWIND [
  {id: 'artsakh-defense-army', name: 'Artsakh Defense Army', description: 'Armed forces of the NKR / Republic of Artsakh ("Nagorno-Karabakh Defense Army"; Baku calls its units "illegal Armenian armed detachments"). Disarmed and disbanded under the ceasefire of 20 September 2023.'},
  {id: 'azerbaijani-armed-forces', name: 'Armed Forces of Azerbaijan', description: 'The Azerbaijani army, navy and air force, under the Ministry of Defense.'},
  {id: 'armenian-armed-forces', name: 'Armed Forces of Armenia', description: 'Their withdrawal from Nagorno-Karabakh is point 4 of the 2020 statement.'},
  {id: 'russian-armed-forces', name: 'Armed Forces of the Russian Federation', description: 'The contingent in Nagorno-Karabakh came from the 15th Separate Motor Rifle Brigade (Central Military District).'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:ArmedForce, n = e {.*, kind: 'ARMED_FORCE'};

UNWIND [
  {id: 'russian-peacekeeping-contingent', name: 'Russian peacekeeping contingent in Nagorno-Karabakh', description: 'Peacekeeping forces of the Russian Federation deployed under points 3-6 of the 2020 trilateral statement: 1,960 personnel with small arms, 90 armoured personnel carriers, 380 vehicles and special equipment; five-year term with automatic five-year extensions. Drawn from the 15th Separate Motor Rifle Brigade; HQ near Stepanakert; 30 observation posts (April 2023). Deployed from 10 November 2020; withdrawal completed on 12 June 2024 (per the Azerbaijani MoD).'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:PeacekeepingForce, n = e {.*, kind: 'PEACEKEEPING_FORCE'};

UNWIND [
  {id: 'osce', name: 'Organization for Security and Co-operation in Europe', wikidataId: 'Q81299', description: 'OSCE. Chaired by Poland in 2022 (Chairman-in-Office Zbigniew Rau) and by Finland in 2025; its Minsk Process was closed in 2025.'},
  {id: 'osce-minsk-group', name: 'OSCE Minsk Group', description: 'Mediation format created after the CSCE Helsinki meeting of 24 March 1992; co-chaired by France, Russia and the United States from 1997; terminated by decision MC/1/25 from 1 September 2025, closure finalised on 30 November 2025.'},
  {id: 'european-union', name: 'European Union', wikidataId: 'Q458', description: 'Issued the statement of 3 August 2022 through the EEAS spokesperson; mediated the Brussels process; deployed EUMCAP (2022) and EUMA (from 2023) in Armenia.'},
  {id: 'eumcap', name: 'EU Monitoring Capacity to Armenia (EUMCAP)', description: 'EU observers from EUMM Georgia deployed in Armenia from 20 October to 19 December 2022, agreed at Prague on 6 October 2022.'},
  {id: 'euma', name: 'European Union Mission in Armenia (EUMA)', description: 'Civilian CSDP mission established by Council Decision (CFSP) 2023/162 and launched on 20 February 2023: about 100 staff including about 50 unarmed observers, HQ in Yeghegnadzor, initial mandate two years (later extensions unverified). Head of Mission Markus Ritter; Civilian Operation Commander Stefano Tomat.'},
  {id: 'united-nations', name: 'United Nations', description: 'The UN; its Security Council and General Assembly affirmed the territorial integrity of Azerbaijan.'},
  {id: 'un-security-council', name: 'UN Security Council', description: 'Resolutions 822, 853, 874 and 884 (1993) on the conflict "in and around the Nagorny Karabakh region of the Azerbaijani Republic".'},
  {id: 'un-general-assembly', name: 'UN General Assembly', description: 'Resolution 62/243 of 14 March 2008 reaffirmed the territorial integrity of Azerbaijan.'},
  {id: 'international-court-of-justice', name: 'International Court of Justice', description: 'Armenia v. Azerbaijan (CERD): orders of 22 February 2023 (Lachin corridor) and 17 November 2023 (return and departure guarantees).'},
  {id: 'unhcr', name: 'UN High Commissioner for Refugees (UNHCR)', description: 'Supervises the return of displaced persons and refugees under point 7 of the 2020 statement.'},
  {id: 'icrc', name: 'International Committee of the Red Cross', description: 'Ran patient transfers during the 2022-23 blockade of the Lachin corridor.'},
  {id: 'russian-turkish-joint-monitoring-centre', name: 'Russian-Turkish Joint Monitoring Centre', description: 'Ceasefire monitoring centre near Marzili (Aghdam district), 60 servicemen from each side; memorandum of 11 November 2020, opened 30 January 2021, closed 26 April 2024.'},
  {id: 'storyful', name: 'Storyful', description: 'News video agency credited on the seed article ("Azerbaijan Ministry of Defense via Storyful"); author of its text as far as the sheet shows.'},
  {id: 'afp', name: 'Agence France-Presse', description: 'News agency; its tally of 3 August 2022 counted three soldiers dead.'},
  {id: 'caucasian-knot', name: 'Caucasian Knot', description: 'News site (kavkaz-uzel) that located the heights of August 2022 differently from the Azerbaijani MoD.'},
  {id: 'azerbaijani-eco-activists', name: 'Azerbaijani "eco-activists" at the Lachin corridor', description: 'The protesters who blocked the Lachin corridor from 12 December 2022: "eco-activists" for Baku, "government-backed" for Armenia.'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:Organization, n = e {.*, kind: 'ORGANIZATION'};

UNWIND [
  {id: 'armenia-mfa', name: 'Ministry of Foreign Affairs of Armenia', description: 'Armenia\'s foreign ministry; rejected the Azerbaijani allegations of 3 August 2022 and accused Azerbaijan of aggression in the peacekeepers\' area of responsibility.'},
  {id: 'armenia-government', name: 'Government of Armenia', description: 'The Armenian government, as the seed article cites it on the status of Nagorno-Karabakh.'},
  {id: 'azerbaijan-mod', name: 'Ministry of Defense of Azerbaijan', description: 'Announced the "Revenge" (Qisas) operation of 3 August 2022 and released its aerial footage.'},
  {id: 'azerbaijan-mfa', name: 'Ministry of Foreign Affairs of Azerbaijan', description: 'Azerbaijan\'s foreign ministry.'},
  {id: 'azerbaijan-state-border-service', name: 'State Border Service of Azerbaijan', description: 'Operates the checkpoint at the Hakari bridge from 23 April 2023.'},
  {id: 'azerbaijan-state-security-service', name: 'State Security Service of Azerbaijan', description: 'Detained former Artsakh leaders on 3 October 2023.'},
  {id: 'russia-mod', name: 'Ministry of Defence of Russia', description: 'Reported the ceasefire violation near Sarybaba on 3 August 2022 and the peacekeepers\' bulletins.'},
  {id: 'russia-fsb-border-service', name: 'Border Guard Service of the FSB of Russia', description: 'To control the transport links to Nakhchivan under point 9 of the 2020 statement.'},
  {id: 'poland-mfa', name: 'Ministry of Foreign Affairs of Poland', description: 'Poland\'s foreign ministry; Zbigniew Rau was minister from 26 August 2020.'},
  {id: 'eeas', name: 'European External Action Service', description: 'The EU\'s diplomatic service; issued the EU statement of 3 August 2022.'},
  {id: 'council-of-the-eu', name: 'Council of the European Union', description: 'Adopted Council Decision (CFSP) 2023/162 establishing EUMA.'},
  {id: 'european-council', name: 'European Council', description: 'Its President Charles Michel mediated between Armenia and Azerbaijan (Prague 2022, Brussels 2023, Granada 2023).'},
  {id: 'osce-ministerial-council', name: 'OSCE Ministerial Council', description: 'Adopted decision MC/1/25 on 1 September 2025 (57 participating States, silent procedure).'}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:GovernmentBody, n = e {.*, kind: 'GOVERNMENT_BODY'};

UNWIND [
  {id: 'ilham-aliyev', name: 'Ilham Aliyev', description: 'President of Azerbaijan since 2003; signatory of the 2020 statement and of the 2025 Joint Declaration.'},
  {id: 'nikol-pashinyan', name: 'Nikol Pashinyan', description: 'Prime Minister of Armenia since May 2018; signatory of the 2020 statement and of the 2025 Joint Declaration.'},
  {id: 'vladimir-putin', name: 'Vladimir Putin', wikidataId: 'Q7747', description: 'President of Russia; signatory of the 2020 statement.'},
  {id: 'zbigniew-rau', name: 'Zbigniew Rau', description: 'Polish Minister of Foreign Affairs from 26 August 2020; OSCE Chairman-in-Office in 2022.'},
  {id: 'josep-borrell', name: 'Josep Borrell', description: 'EU High Representative for Foreign Affairs and Security Policy in 2022; his spokesperson issued the statement of 3 August 2022.'},
  {id: 'peter-stano', name: 'Peter Stano', description: 'EEAS Lead Spokesperson in 2022; issued the EU statement of 3 August 2022.'},
  {id: 'ararat-mirzoyan', name: 'Ararat Mirzoyan', description: 'Armenian Foreign Minister; briefed ambassadors on 4 August 2022.'},
  {id: 'anar-kazimov', name: 'Anar Kazimov', description: 'Azerbaijani soldier whose death on 3 August 2022, per the Azerbaijani MoD, Baku cites as the trigger of the "Revenge" operation.'},
  {id: 'arkadi-ghukasyan', name: 'Arkadi Ghukasyan', description: 'President of the NKR 1997-2007; detained by Azerbaijan on 3 October 2023.'},
  {id: 'bako-sahakyan', name: 'Bako Sahakyan', description: 'President of the NKR / Artsakh 2007-2020; detained by Azerbaijan on 3 October 2023.'},
  {id: 'arayik-harutyunyan', name: 'Arayik Harutyunyan', description: 'President of Artsakh from May 2020 to 1 September 2023; decreed partial mobilisation from 3 August 2022; detained by Azerbaijan on 3 October 2023.'},
  {id: 'samvel-shahramanyan', name: 'Samvel Shahramanyan', description: 'State Minister of Artsakh from 31 August 2023, President from 9 September 2023; signed the dissolution decree of 28 September 2023.'},
  {id: 'ruben-vardanyan', name: 'Ruben Vardanyan', description: 'State Minister (head of government) of Artsakh from November 2022 to February 2023; detained on 27 September 2023 at the Lachin corridor checkpoint.'},
  {id: 'davit-ishkhanyan', name: 'Davit Ishkhanyan', description: 'Former speaker of the Artsakh National Assembly; detained by Azerbaijan on 3 October 2023.'},
  {id: 'vladimir-grigoryan', name: 'Vladimir Grigoryan', description: 'Adviser to Samvel Shahramanyan; on 22 December 2023 said the dissolution decree had in effect been annulled.'},
  {id: 'rustam-muradov', name: 'Rustam Muradov', description: 'Lieutenant General; first commander of the Russian peacekeeping contingent (November 2020 - 6 September 2021).'},
  {id: 'mikhail-kosobokov', name: 'Mikhail Kosobokov', description: 'Major General; commander of the Russian peacekeeping contingent from September 2021.'},
  {id: 'andrey-volkov', name: 'Andrey Volkov', description: 'Major General; commander of the Russian peacekeeping contingent from January 2022 to April 2023, including on 3 August 2022.'},
  {id: 'alexander-lentsov', name: 'Alexander Lentsov', description: 'Colonel General; commander of the Russian peacekeeping contingent from 25/26 April to 3 September 2023.'},
  {id: 'kirill-kulakov', name: 'Kirill Kulakov', description: 'Major General; commander of the Russian peacekeeping contingent from 3 September 2023.'},
  {id: 'ivan-kovgan', name: 'Ivan Kovgan', description: 'Captain 1st Rank, deputy commander of the Russian peacekeeping contingent; killed near Janyatag on 20 September 2023.'},
  {id: 'dmitry-peskov', name: 'Dmitry Peskov', description: 'Kremlin spokesman; confirmed the withdrawal of the peacekeepers on 17 April 2024.'},
  {id: 'donald-trump', name: 'Donald Trump', description: 'President of the United States; witness of the Joint Declaration of 8 August 2025.'},
  {id: 'elina-valtonen', name: 'Elina Valtonen', description: 'Finnish Foreign Minister; OSCE Chairperson-in-Office in 2025.'},
  {id: 'charles-michel', name: 'Charles Michel', description: 'President of the European Council; mediated at Prague (6 October 2022) and Brussels (14 May 2023).'},
  {id: 'emmanuel-macron', name: 'Emmanuel Macron', description: 'President of France; took part in the Prague (2022) and Granada (2023) statements.'},
  {id: 'olaf-scholz', name: 'Olaf Scholz', description: 'Chancellor of Germany; took part in the Granada statement of 5 October 2023.'},
  {id: 'andrzej-kasprzyk', name: 'Andrzej Kasprzyk', description: 'Ambassador; Personal Representative of the OSCE Chairman-in-Office on the conflict (in office in 2022).'},
  {id: 'markus-ritter', name: 'Markus Ritter', description: 'Head of the EU Mission in Armenia at its launch.'},
  {id: 'stefano-tomat', name: 'Stefano Tomat', description: 'Civilian Operation Commander of the EU Mission in Armenia at its launch.'},
  {id: 'nazeli-baghdasaryan', name: 'Nazeli Baghdasaryan', description: "Spokesperson of Armenia's Prime Minister; gave the figure of 100,417 arrivals by 30 September 2023."}
] AS e
MERGE (n:Entity {id: e.id})
SET n:Actor:Person, n = e {.*, kind: 'PERSON'};

// Who published each source (statements, so that they carry their own provenance).
UNWIND [
  {type: 'PUBLISHED_BY', id: 'seed-article-published-by-storyful', subject: 'seed-article', object: 'storyful', sources: ['seed-article'], note: 'Credited "Azerbaijan Ministry of Defense via Storyful"; the stored copy is on Yahoo News.'},
  {type: 'PUBLISHED_BY', id: 'eeas-statement-2022-08-03-published-by-eeas', subject: 'eeas-statement-2022-08-03', object: 'eeas', validFrom: '2022-08-03', sources: ['eeas-statement-2022-08-03']},
  {type: 'PUBLISHED_BY', id: 'trilateral-statement-2020-text-am-published-by-armenia', subject: 'trilateral-statement-2020-text-am', object: 'armenia', sources: ['trilateral-statement-2020-text-am'], note: 'Office of the Prime Minister of Armenia.'},
  {type: 'PUBLISHED_BY', id: 'trilateral-statement-2020-text-az-published-by-azerbaijan-mfa', subject: 'trilateral-statement-2020-text-az', object: 'azerbaijan-mfa', sources: ['trilateral-statement-2020-text-az']},
  {type: 'PUBLISHED_BY', id: 'mfa-am-2021-02-15-published-by-armenia-mfa', subject: 'mfa-am-2021-02-15', object: 'armenia-mfa', validFrom: '2021-02-15', sources: ['mfa-am-2021-02-15']},
  {type: 'PUBLISHED_BY', id: 'mfa-am-2022-12-13-published-by-armenia-mfa', subject: 'mfa-am-2022-12-13', object: 'armenia-mfa', validFrom: '2022-12-13', sources: ['mfa-am-2022-12-13']},
  {type: 'PUBLISHED_BY', id: 'mfa-am-2022-03-26-published-by-armenia-mfa', subject: 'mfa-am-2022-03-26', object: 'armenia-mfa', validFrom: '2022-03-26', sources: ['mfa-am-2022-03-26']},
  {type: 'PUBLISHED_BY', id: 'mfa-am-2017-09-06-published-by-armenia-mfa', subject: 'mfa-am-2017-09-06', object: 'armenia-mfa', validFrom: '2017-09-06', sources: ['mfa-am-2017-09-06']},
  {type: 'PUBLISHED_BY', id: 'unsc-resolution-822-published-by-unsc', subject: 'unsc-resolution-822', object: 'un-security-council', validFrom: '1993-04-30', sources: ['unsc-resolution-822']},
  {type: 'PUBLISHED_BY', id: 'unsc-resolution-853-published-by-unsc', subject: 'unsc-resolution-853', object: 'un-security-council', validFrom: '1993-07-29', sources: ['unsc-resolution-853']},
  {type: 'PUBLISHED_BY', id: 'unsc-resolution-874-published-by-unsc', subject: 'unsc-resolution-874', object: 'un-security-council', validFrom: '1993-10-14', sources: ['unsc-resolution-874']},
  {type: 'PUBLISHED_BY', id: 'unsc-resolution-884-published-by-unsc', subject: 'unsc-resolution-884', object: 'un-security-council', validFrom: '1993-11-12', sources: ['unsc-resolution-884']},
  {type: 'PUBLISHED_BY', id: 'unga-resolution-62-243-published-by-unga', subject: 'unga-resolution-62-243', object: 'un-general-assembly', validFrom: '2008-03-14', sources: ['unga-resolution-62-243']},
  {type: 'PUBLISHED_BY', id: 'council-decision-2023-162-published-by-council', subject: 'council-decision-2023-162', object: 'council-of-the-eu', validFrom: '2023-01-23', sources: ['council-decision-2023-162']},
  {type: 'PUBLISHED_BY', id: 'icj-order-2023-02-22-published-by-icj', subject: 'icj-order-2023-02-22', object: 'international-court-of-justice', validFrom: '2023-02-22', sources: ['icj-order-2023-02-22']},
  {type: 'PUBLISHED_BY', id: 'icj-order-2023-11-17-published-by-icj', subject: 'icj-order-2023-11-17', object: 'international-court-of-justice', validFrom: '2023-11-17', sources: ['icj-order-2023-11-17']},
  {type: 'PUBLISHED_BY', id: 'urdupoint-afp-2022-08-03-published-by-afp', subject: 'urdupoint-afp-2022-08-03', object: 'afp', validFrom: '2022-08-03', sources: ['urdupoint-afp-2022-08-03']},
  {type: 'PUBLISHED_BY', id: 'kavkaz-uzel-2022-08-published-by-caucasian-knot', subject: 'kavkaz-uzel-2022-08', object: 'caucasian-knot', sources: ['kavkaz-uzel-2022-08']},
  {type: 'PUBLISHED_BY', id: 'az-mfa-mc-1-25-2025-09-published-by-azerbaijan-mfa', subject: 'az-mfa-mc-1-25-2025-09', object: 'azerbaijan-mfa', validFrom: '2025-09-01', sources: ['az-mfa-mc-1-25-2025-09']},
  {type: 'PUBLISHED_BY', id: 'osce-mfa-am-2022-01-13-published-by-armenia-mfa', subject: 'osce-mfa-am-2022-01-13', object: 'armenia-mfa', validFrom: '2022-01-13', sources: ['osce-mfa-am-2022-01-13'], note: 'Permanent Mission of Armenia to the OSCE.'}
] AS s
CREATE (row:StatementRow)
SET row = s;

// Organisational structure: bodies of states and organisations, units of forces.
UNWIND [
  {type: 'PART_OF', id: 'armenia-mfa-part-of-armenia', subject: 'armenia-mfa', object: 'armenia', sources: ['armradio-2022-08-03']},
  {type: 'PART_OF', id: 'armenia-government-part-of-armenia', subject: 'armenia-government', object: 'armenia', sources: ['seed-article']},
  {type: 'PART_OF', id: 'azerbaijan-mod-part-of-azerbaijan', subject: 'azerbaijan-mod', object: 'azerbaijan', sources: ['seed-article']},
  {type: 'PART_OF', id: 'azerbaijan-mfa-part-of-azerbaijan', subject: 'azerbaijan-mfa', object: 'azerbaijan', sources: ['trilateral-statement-2020-text-az']},
  {type: 'PART_OF', id: 'azerbaijan-state-border-service-part-of-azerbaijan', subject: 'azerbaijan-state-border-service', object: 'azerbaijan', sources: ['hakari-checkpoint-reports-2023-04']},
  {type: 'PART_OF', id: 'azerbaijan-state-security-service-part-of-azerbaijan', subject: 'azerbaijan-state-security-service', object: 'azerbaijan', sources: ['kyivindependent-2023-09']},
  {type: 'PART_OF', id: 'azerbaijani-armed-forces-part-of-azerbaijan', subject: 'azerbaijani-armed-forces', object: 'azerbaijan', sources: ['seed-article']},
  {type: 'PART_OF', id: 'armenian-armed-forces-part-of-armenia', subject: 'armenian-armed-forces', object: 'armenia', sources: ['trilateral-statement-2020-text-am']},
  {type: 'PART_OF', id: 'artsakh-defense-army-part-of-artsakh', subject: 'artsakh-defense-army', object: 'artsakh', validTo: '2023-09-20', sources: ['focuswashington-2022-08', 'capitulation-terms-2023-09-20'], note: 'Disarmed and disbanded under the ceasefire of 20 September 2023.'},
  {type: 'PART_OF', id: 'russia-mod-part-of-russia', subject: 'russia-mod', object: 'russia', sources: ['hyetert-tass-2022-08-03']},
  {type: 'PART_OF', id: 'russia-fsb-border-service-part-of-russia', subject: 'russia-fsb-border-service', object: 'russia', sources: ['news-am-2021-lavrov-pt9']},
  {type: 'PART_OF', id: 'russian-armed-forces-part-of-russia', subject: 'russian-armed-forces', object: 'russia', sources: ['politeka-2020-11']},
  {type: 'PART_OF', id: 'russian-peacekeeping-contingent-part-of-russian-armed-forces', subject: 'russian-peacekeeping-contingent', object: 'russian-armed-forces', validFrom: '2020-11-10', validTo: '2024-06-12', sources: ['trilateral-statement-2020-text-am', 'politeka-2020-11', 'peacekeeping-wikipedia-mirror'], note: 'Drawn from the 15th Separate Motor Rifle Brigade (Central Military District).'},
  {type: 'PART_OF', id: 'poland-mfa-part-of-poland', subject: 'poland-mfa', object: 'poland', sources: ['rau-appointment-2020-08']},
  {type: 'PART_OF', id: 'eeas-part-of-european-union', subject: 'eeas', object: 'european-union', sources: ['eeas-statement-2022-08-03']},
  {type: 'PART_OF', id: 'council-of-the-eu-part-of-european-union', subject: 'council-of-the-eu', object: 'european-union', sources: ['council-decision-2023-162']},
  {type: 'PART_OF', id: 'european-council-part-of-european-union', subject: 'european-council', object: 'european-union', sources: ['news-am-2023-01-23']},
  {type: 'PART_OF', id: 'eumcap-part-of-european-union', subject: 'eumcap', object: 'european-union', validFrom: '2022-10-20', validTo: '2022-12-19', sources: ['eu-missions-reports']},
  {type: 'PART_OF', id: 'euma-part-of-european-union', subject: 'euma', object: 'european-union', validFrom: '2023-02-20', sources: ['council-decision-2023-162', 'eu-missions-reports']},
  {type: 'PART_OF', id: 'un-security-council-part-of-united-nations', subject: 'un-security-council', object: 'united-nations', sources: ['unsc-resolution-853']},
  {type: 'PART_OF', id: 'un-general-assembly-part-of-united-nations', subject: 'un-general-assembly', object: 'united-nations', sources: ['unga-resolution-62-243']},
  {type: 'PART_OF', id: 'international-court-of-justice-part-of-united-nations', subject: 'international-court-of-justice', object: 'united-nations', sources: ['icj-order-2023-02-22']},
  {type: 'PART_OF', id: 'osce-minsk-group-part-of-osce', subject: 'osce-minsk-group', object: 'osce', validFrom: '1992-03-24', validTo: '2025-12-01', sources: ['minsk-group-history', 'osce-mc-1-25-reports-2025'], note: 'Created after the CSCE Helsinki Additional Meeting of 24 March 1992; terminated from 1 September 2025 (MC/1/25); closure finalised at 23:59 on 30 November 2025, hence the end 2025-12-01 in the half-open interval.'},
  {type: 'PART_OF', id: 'osce-ministerial-council-part-of-osce', subject: 'osce-ministerial-council', object: 'osce', sources: ['osce-mc-1-25-reports-2025']}
] AS s
CREATE (row:StatementRow)
SET row = s;

// The rows staged above become statements: the seed's one statement-writing block.
:source shared/write-statements.cypher
