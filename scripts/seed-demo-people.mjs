// The people part of `npm run seed:demo`: leaders, deputies and spokesmen of TTP, ISKP and the Afghan
// Taliban over time, their ends and fates, and statements with assessments, each with a citation to a
// public report. Dates follow those reports; where reporting is thin or contested the date is a year
// or a month and the confidence lower. Assessments of statements are the demo's analyst's, not facts.

const P = (n) => `7e1d0c55-2f3a-4b6c-8d9e-0000000001${String(n).padStart(2, '0')}`; // persons
const A = (n) => `7e1d0c55-2f3a-4b6c-8d9e-0000000002${String(n).padStart(2, '0')}`; // affiliations
const S = (n) => `7e1d0c55-2f3a-4b6c-8d9e-0000000003${String(n).padStart(2, '0')}`; // statuses
const T = (n) => `7e1d0c55-2f3a-4b6c-8d9e-0000000004${String(n).padStart(2, '0')}`; // statements

const cite = (url, headline, publishedAt) => ({ url, headline, publishedAt, language: 'en' });
const wiki = (title, about) => cite(`https://en.wikipedia.org/wiki/${title}`, about, null);
const C = {
  tribuneFazlullah: cite(
    'https://tribune.com.pk/story/1741119/1-ttp-confirms-fazlullahs-death-names-new-chief/',
    'TTP confirms Fazlullah’s death, names Mufti Noor Wali as new chief',
    '2018-06-23',
  ),
  theNewsNoorWali: cite(
    'https://www.thenews.com.pk/print/333091-noor-wali-mahsud-appointed-ttp-head',
    'Noor Wali Mahsud appointed TTP head',
    '2018-06-24',
  ),
  nationFazlullah: cite(
    'https://nation.com.pk/15-Jun-2018/mulla-fazlullah-killed-in-drone-strike',
    'Mulla Fazlullah killed in drone strike',
    '2018-06-15',
  ),
  scrollHsk: cite(
    'https://scroll.in/latest/813914/' +
      'islamic-state-leader-hafiz-saeed-khan-was-killed-in-a-drone-strike-claims-united-states',
    'Islamic State leader Hafiz Saeed Khan was killed in a drone strike, claims United States',
    '2016-08-12',
  ),
  newArabHsk: cite(
    'https://newarab.com/english/news/2016/8/13/is-leader-in-afghanistan-pakistan-eliminated-by-us-drone',
    "IS leader in Afghanistan, Pakistan 'eliminated by US drone'",
    '2016-08-13',
  ),
  samaaKhorasani: cite(
    'https://www.samaa.tv/news/2021/09/taliban-confirm-they-killed-iskp-chief-khorasani/',
    'Taliban confirm they killed ISKP chief Khorasani',
    '2021-09-25',
  ),
  indiaTvFarooqui: cite(
    'https://www.indiatvnews.com/news/world/islamic-state-khorasan-chief-arrested-kabul-gurdwara-attack-604514',
    'Islamic State Khorasan chief arrested for plotting Kabul gurdwara attack',
    '2020-04-04',
  ),
  timeOmar: cite(
    'https://time.com/3976472/mullah-omar-taliban-death/',
    'Taliban’s Mullah Omar Died Two Years Ago, Afghan Government Says',
    '2015-07-29',
  ),
  dawnEhsan: cite(
    'https://www.dawn.com/news/1329364',
    'Ehsanullah Ehsan’s confessional statement released by the Army',
    '2017-04-26',
  ),
  geoEhsan: cite(
    'https://www.geo.tv/latest/' +
      '139525-Confessional-video-of-former-TTP-spokesman-Ehsanullah-Ehsan-released-pakistan-army',
    'Confessional video of former TTP spokesman Ehsanullah Ehsan released',
    '2017-04-26',
  ),
  newsweekEhsan: cite(
    'https://www.newsweekpakistan.com/coming-in-from-the-cold/',
    'Coming in from the Cold',
    '2017-04',
  ),
};

/** Records the people of the demo through `post` (the seed's own call); `ids` are its groups and sources. */
export async function seedPeople(post, ids) {
  const person = (n, name, aliases, summary) => post('/v1/persons', { id: P(n), name, aliases, summary });
  // [group, role, validFrom, confidence]; [validTo, reason, toGroup?]; [status, at, announcedAt?]
  const aff = (p, n, [group, role, validFrom, confidence], sourceId, citation) =>
    post(`/v1/persons/${P(p)}/affiliations`, { id: A(n), group, role, validFrom, confidence, sourceId, citation });
  const end = (p, n, [validTo, reason, toGroup], sourceId, citation) =>
    post(`/v1/persons/${P(p)}/affiliations/${A(n)}/end`, { validTo, reason, toGroup, sourceId, citation });
  const status = (p, n, [status, at, announcedAt], sourceId, citation) =>
    post(`/v1/persons/${P(p)}/status`, { id: S(n), status, at, announcedAt, sourceId, citation });
  const W = {
    baitullah: wiki('Baitullah_Mehsud', 'Baitullah Mehsud'),
    hakimullah: wiki('Hakimullah_Mehsud', 'Hakimullah Mehsud'),
    wali: wiki('Wali-ur-Rehman', 'Wali-ur-Rehman'),
    sajna: wiki('Khan_Said_Sajna', 'Khan Said Sajna'),
    khadim: wiki('Abdul_Rauf_Aliza', 'Abdul Rauf Aliza'),
    logari: wiki('Abdul_Hasib_Logari', 'Abdul Hasib Logari'),
    ghafari: wiki('Shahab_al-Muhajir', 'Shahab al-Muhajir'),
    omar: wiki('Mullah_Omar', 'Mullah Omar'),
  };

  // TTP's amirs: Baitullah Mehsud, Hakimullah Mehsud, Mullah Fazlullah, Noor Wali Mehsud.
  await person(1, 'Baitullah Mehsud', [], 'Founding amir of TTP (2007), killed by a US drone in South Waziristan');
  await aff(1, 1, [ids.ttp, 'leader', '2007-12', 90], ids.dawn, W.baitullah);
  await end(1, 1, ['2009-08', 'killed'], ids.dawn, C.tribuneFazlullah);
  await status(1, 1, ['killed', '2009-08-05'], ids.dawn, W.baitullah);
  await person(2, 'Hakimullah Mehsud', [], 'TTP amir from August 2009 until killed by a US drone in North Waziristan');
  await aff(2, 2, [ids.ttp, 'leader', '2009-08', 90], ids.dawn, W.hakimullah);
  await end(2, 2, ['2013-11', 'killed'], ids.dawn, C.nationFazlullah);
  await status(2, 2, ['killed', '2013-11-01'], ids.dawn, W.hakimullah);
  // A contender in the 2009 succession, later reported as deputy; year precision, lower confidence.
  await person(3, 'Wali-ur-Rehman Mehsud', ['Waliur Rehman'], 'TTP commander named as a contender in 2009');
  await aff(3, 3, [ids.ttp, 'deputy_leader', '2009', 55], ids.dawn, W.wali);
  await end(3, 3, ['2013-05', 'killed'], ids.dawn, W.wali);
  // A contender in the 2013 succession (with Fazlullah and Omar Khalid Khorasani); his faction split in 2014.
  await person(4, 'Khan Said Sajna', ['Sajna'], 'Mehsud commander backed for the TTP leadership in 2013');
  await aff(4, 4, [ids.ttp, 'commander', '2013', 60], ids.dawn, C.dawnEhsan);
  await end(4, 4, ['2014-05', 'other'], ids.dawn, W.sajna);
  await person(5, 'Mullah Fazlullah', ['Maulana Fazlullah', 'Mullah Radio'], 'TTP amir from November 2013 to 2018');
  await aff(5, 5, [ids.ttp, 'leader', '2013-11-07', 90], ids.dawn, C.nationFazlullah);
  await end(5, 5, ['2018-06', 'killed'], ids.tribune, C.tribuneFazlullah);
  // Killed on 13 June; TTP confirmed it ten days later.
  await status(5, 5, ['killed', '2018-06-13', '2018-06-23'], ids.tribune, C.tribuneFazlullah);
  await person(6, 'Noor Wali Mehsud', ['Mufti Noor Wali'], 'TTP amir named in June 2018');
  await aff(6, 6, [ids.ttp, 'leader', '2018-06', 90], ids.tribune, C.theNewsNoorWali);
  // TTP's central spokesman, who announced the 2018 succession.
  await person(7, 'Muhammad Khurasani', ['Mohammad Khurasani'], 'TTP central spokesman');
  await aff(7, 7, [ids.ttp, 'spokesperson', '2014', 70], ids.tribune, C.theNewsNoorWali);

  // ISKP: Hafiz Saeed Khan (from TTP), Abdul Rauf Khadim (from the Afghan Taliban), Abdul Hasib Logari,
  // Abu Omar Khorasani, Aslam Farooqui, Sanaullah Ghafari.
  await person(8, 'Hafiz Saeed Khan', ['Saeed Khan Orakzai', 'Hafiz Sayed Khan'], 'TTP commander, first ISKP amir');
  await aff(8, 8, [ids.ttp, 'commander', '2008', 60], ids.dawn, C.newArabHsk);
  await end(8, 8, ['2014-10', 'defected', ids.iskp], ids.dawn, C.newArabHsk);
  await aff(8, 9, [ids.iskp, 'leader', '2015-01', 85], ids.unmt, C.scrollHsk);
  await end(8, 9, ['2016-07', 'killed'], ids.dawn, C.scrollHsk);
  await status(8, 8, ['killed', '2016-07-26', '2016-08-12'], ids.dawn, C.scrollHsk);
  await person(9, 'Abdul Rauf Khadim', ['Mullah Abdul Rauf Aliza'], 'Afghan Taliban commander, then ISKP deputy');
  await aff(9, 10, [ids.taliban, 'commander', '2007', 45], ids.unmt, W.khadim);
  await end(9, 10, ['2014', 'defected', ids.iskp], ids.unmt, W.khadim);
  await aff(9, 11, [ids.iskp, 'deputy_leader', '2015-01', 75], ids.unmt, W.khadim);
  await end(9, 11, ['2015-02', 'killed'], ids.unmt, W.khadim);
  await status(9, 9, ['killed', '2015-02-09'], ids.unmt, W.khadim);
  await person(10, 'Abdul Hasib Logari', ['Sheikh Abdul Haseeb Logari'], 'Second ISKP amir, killed in April 2017');
  await aff(10, 12, [ids.iskp, 'leader', '2016-08', 60], ids.unmt, C.samaaKhorasani);
  await end(10, 12, ['2017-04', 'killed'], ids.unmt, C.samaaKhorasani);
  await status(10, 10, ['killed', '2017-04-27', '2017-05-07'], ids.unmt, W.logari);
  await person(11, 'Abu Omar Khorasani', ['Zia ul-Haq', 'Mawlawi Zia-ul-Haq'], 'ISKP amir after Logari');
  await aff(11, 13, [ids.iskp, 'leader', '2017-04', 70], ids.unmt, C.samaaKhorasani);
  await end(11, 13, ['2019-04', 'replaced'], ids.unmt, C.indiaTvFarooqui);
  await status(11, 11, ['detained', '2020-05'], ids.unmt, C.samaaKhorasani);
  // Shot at Pul-e-Charkhi prison in August 2021; the Taliban confirmed it in September.
  await status(11, 12, ['killed', '2021-08-17', '2021-09-25'], ids.unmt, C.samaaKhorasani);
  await person(12, 'Aslam Farooqui', ['Mawlawi Abdullah'], 'ISKP amir from April 2019, arrested in April 2020');
  await aff(12, 14, [ids.iskp, 'leader', '2019-04', 60], ids.unmt, C.indiaTvFarooqui);
  await end(12, 14, ['2020-04', 'detained'], ids.unmt, C.indiaTvFarooqui);
  await status(12, 13, ['detained', '2020-04-04'], ids.unmt, C.indiaTvFarooqui);
  await person(13, 'Sanaullah Ghafari', ['Shahab al-Muhajir'], 'ISKP amir named in June 2020 (UN Monitoring Team)');
  await aff(13, 15, [ids.iskp, 'leader', '2020-06', 80], ids.unmt, W.ghafari);

  // Mullah Omar: died in April 2013, concealed until July 2015.
  await person(14, 'Mullah Omar', ['Mullah Mohammad Omar'], 'Founder and leader of the Afghan Taliban');
  await aff(14, 16, [ids.taliban, 'founder', '1994', 90], ids.unmt, W.omar);
  await aff(14, 17, [ids.taliban, 'leader', '1994', 90], ids.unmt, W.omar);
  await end(14, 17, ['2013-04', 'other'], ids.unmt, C.timeOmar);
  await status(14, 14, ['died', '2013-04-23', '2015-07-29'], ids.unmt, C.timeOmar);

  // Ehsanullah Ehsan: TTP's central spokesman, JuA's from its founding in 2014; surrendered in
  // February 2017 by his own account, announced by the military in April.
  await person(15, 'Ehsanullah Ehsan', ['Liaquat Ali', 'Ehsan'], 'Spokesman of TTP, then of Jamaat-ul-Ahrar');
  await aff(15, 18, [ids.ttp, 'spokesperson', '2010', 60], ids.dawn, C.geoEhsan);
  await end(15, 18, ['2014-08', 'defected', ids.jua], ids.dawn, C.geoEhsan);
  await aff(15, 19, [ids.jua, 'spokesperson', '2014-08', 80], ids.dawn, C.geoEhsan);
  await end(15, 19, ['2017-04', 'detained'], ids.ispr, C.dawnEhsan);
  await status(15, 15, ['surrendered', '2017-02', '2017-04-17'], ids.ispr, C.dawnEhsan);

  // Statements and the demo analyst's assessments: Ehsan's record holds a fabricated and a doubtful one;
  // Khurasani's announcement of the 2018 succession held up.
  const statement = (n, body) => post('/v1/statements', { id: T(n), ...body });
  const assess = (n, verdict, basis) => post(`/v1/statements/${T(n)}/assessments`, { verdict, basis });
  await statement(1, {
    kind: 'propaganda',
    madeAt: '2015',
    sourceId: ids.social,
    summary:
      'Illustrative: a statement circulated in his name on social media about JuA operations, standing in for ' +
      'one later judged fabricated',
    author: { personId: P(15), groupId: ids.jua },
    about: { groupIds: [ids.jua] },
    citation: C.newsweekEhsan,
  });
  await assess(1, 'fabricated', 'Demo assessment: the account was not his and the text contradicts JuA’s own channel');
  await statement(2, {
    kind: 'allegation',
    madeAt: '2017-04-26',
    sourceId: ids.ispr,
    summary:
      'Confessional video released by ISPR alleging that TTP and JuA worked with Indian and Afghan intelligence ' +
      'agencies',
    author: { personId: P(15) },
    about: { groupIds: [ids.ttp, ids.jua] },
    citation: C.dawnEhsan,
  });
  await assess(
    2,
    'doubtful',
    'Demo assessment: recorded in military custody and released by the military; not independently corroborated',
  );
  await statement(3, {
    kind: 'announcement',
    madeAt: '2018-06-23',
    sourceId: ids.tribune,
    summary: 'Confirmed Mullah Fazlullah’s death and named Noor Wali Mehsud as the new amir',
    author: { personId: P(7), groupId: ids.ttp },
    about: { groupIds: [ids.ttp], personIds: [P(5), P(6)] },
    citation: C.tribuneFazlullah,
  });
  await assess(3, 'authentic', 'Demo assessment: matches Afghan officials’ confirmation and the group’s later conduct');
}

export const demoPeople = {
  ehsan: P(15),
  khurasani: P(7),
  omar: P(14),
  hafizSaeedKhan: P(8),
  iskpLeaders: [P(8), P(10), P(11), P(12), P(13)],
};
