// Generated from the claimtrail OpenAPI document (/docs-json) by openapi-typescript.
// Do not edit: regenerate with `node scripts/generate-client.mjs`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a GTD CSV (multipart field `file`); 202 { id }, progress at GET /v1/admin/imports/{id} */
        post: operations["ImportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, rows, events added, rows skipped with line numbers, last position */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Failed jobs of every queue, newest first, with their reason and attempts */
        get: operations["QueuesAdminController_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each read model: its position, lag behind the log, and last rebuild */
        get: operations["AdminProjectionsController_projections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections/{name}/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Park an event for a read model: its runner skips it (a model stopped at it moves on) and rebuilds leave it out; kept with the reason, who and when */
        post: operations["AdminProjectionsController_park"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections/{name}/parked/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unpark an event: the runner applies it if it has not passed it yet; a model already past it takes it at its next rebuild */
        delete: operations["AdminProjectionsController_unpark"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a read model (or all) into shadow tables and swap them in; 409 while one runs */
        post: operations["AdminProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/rebuilds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rebuild: status, events replayed, events/s and drift against the model it replaced */
        get: operations["AdminProjectionsController_rebuildStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/claim-attribution-mismatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents claimed by one group and attributed to another */
        get: operations["MismatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims, retractions, denials, attributions, statements and affiliations recorded in a window (default the last 7 days), newest first, with names */
        get: operations["ListChangesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/events.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event, one JSON object a line with its position, in log order; resumable with fromPosition */
        get: operations["ExportsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/incidents.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current attribution picture of every incident, one CSV line each (optionally those overlapping from/to) */
        get: operations["ExportsController_incidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/stix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A STIX 2.1 bundle: groups, incidents, attributed-to relationships, claims/retractions/denials as notes, sources */
        get: operations["ExportsController_stix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups by name, with a case-insensitive search over names and aliases */
        get: operations["ListGroupsController_list"];
        put?: never;
        /** Register a group with its aliases (names and aliases unique across groups, case-insensitive) */
        post: operations["RegisterGroupController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group (by id, name or alias) with its aliases and relations (current and past, with validity dates); asOf/asOfPosition for what was recorded then */
        get: operations["ListGroupsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an alias to a group */
        post: operations["AddAliasController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/leadership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group's leaders, deputy leaders and spokespersons valid on a date (default today); overlapping holders of a role are all listed and marked contested */
        get: operations["GroupLeadershipController_leadership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group's claims, retractions, denials and attributions by month, retraction rate and median hours to retraction */
        get: operations["GroupLedgerController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assert a relation to another group (splinter_of, faction_of, affiliate_of, pledged_to, merged_into, suspected_front_of, rival_of) */
        post: operations["AssertRelationController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{id}/relations/{relationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a relation between groups */
        post: operations["WithdrawRelationController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents, filtered by group, status, country, period and competing claims; cursor pages */
        get: operations["ListIncidentsController_list"];
        put?: never;
        /** Report an incident (occurredAt may be a date, a month or a year; the precision is kept) */
        post: operations["ReportIncidentController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attribution picture of an incident, now or as recorded at a time or position */
        get: operations["GetIncidentController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/attributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attribute the incident to a group with a confidence (0–100) and basis */
        post: operations["AssessAttributionController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/attributions/{attributionId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an attribution, with the reason */
        post: operations["WithdrawAttributionController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a claim of responsibility; 409 when the group already has an active claim here (add a source to it instead) */
        post: operations["RecordClaimController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/claims/{claimId}/authenticity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess whether a claim is authentic, doubtful or fabricated */
        post: operations["AssessAuthenticityController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/claims/{claimId}/retractions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a group retracted its claim; 409 if already retracted */
        post: operations["RetractClaimController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/claims/{claimId}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Another source reporting the same claim */
        post: operations["AddClaimSourceController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct fields of an incident, with the reason (the original stays in the history) */
        post: operations["CorrectIncidentController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/denials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a group denying involvement (flagged when it contradicts its own active claim) */
        post: operations["RecordDenialController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/duplicate-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark this incident a duplicate of another */
        post: operations["MarkDuplicateController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of an incident, oldest first: id, type, recordedAt, actor, position, data */
        get: operations["IncidentHistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the sealed ledger: { ok, checkedThrough, head, firstMismatch } */
        get: operations["LedgerController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key's id, name and role */
        get: operations["CurrentKeyController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Persons by name: q over names and aliases; group (id, name or alias), role and at filter on affiliations valid on that date */
        get: operations["ListPersonsController_list"];
        put?: never;
        /** Register a person with their aliases (names and aliases unique across persons, case-insensitive) */
        post: operations["RegisterPersonController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person: names, status and its history, affiliations with group names; now or as recorded at a time or position */
        get: operations["GetPersonController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a person held a role in a group (overlapping leaders allowed); `id` is the affiliation’s */
        post: operations["RecordAffiliationController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/affiliations/{affiliationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an affiliation that was true (defected, killed, detained, …) */
        post: operations["EndAffiliationController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/affiliations/{affiliationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an affiliation recorded wrongly (kept in the history) */
        post: operations["WithdrawAffiliationController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an alias to a person (a kunya, a nom de guerre) */
        post: operations["AddPersonAliasController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of a person, oldest first: id, type, recordedAt, actor, position, data */
        get: operations["PersonHistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what became of a person; `announcedAt` later than `at` records a concealed fact */
        post: operations["RecordPersonStatusController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/persons/{id}/track-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's statements by standing verdict and the claims they spoke for by outcome, with a credibility estimate and how it was computed */
        get: operations["PersonTrackRecordController_trackRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retractions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retracted claims, oldest retraction first, with hours from claim to retraction */
        get: operations["ListRetractionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews by status (open, escalated, resolved), with the verdict and checks that opened them */
        get: operations["ListReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reviews/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a review: uphold or reject the claim, with a note */
        post: operations["ResolveReviewController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups and persons by name or alias, incidents by place, province, target or summary */
        get: operations["SearchController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources with their current Admiralty reliability */
        get: operations["ListSourcesController_list"];
        put?: never;
        /** Register a source with its Admiralty reliability (A–F) */
        post: operations["RegisterSourceController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a source again (Admiralty A–F), with the reason */
        post: operations["RateSourceController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/track-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source's statements by standing verdict and the claims it carried by outcome, with a credibility estimate and how it was computed */
        get: operations["SourceTrackRecordController_trackRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statements, filtered by author, subject, kind, standing verdict and when they were made; cursor pages */
        get: operations["ListStatementsController_list"];
        put?: never;
        /** Record a statement that is not a claim (allegation, accusation, pledge, announcement, threat, propaganda, denial, other) */
        post: operations["RecordStatementController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statement with its assessments (the latest standing as verdict), citation, author and subjects with names; now or as recorded at a time or position */
        get: operations["GetStatementController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess a statement: authentic, doubtful, fabricated or unverified; every assessment is kept, the latest stands (201 id: the assessment’s) */
        post: operations["AssessStatementController_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Attribution: {
            basis: string;
            /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
            citation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            confidence: number;
            /** Format: uuid */
            groupId: string;
            groupName: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            recordedAt: string | null;
            sourceIds: string[];
            withdrawn: boolean;
            withdrawnReason: string | null;
        };
        Change: {
            /** @description Who recorded it (the key name) */
            actor: string | null;
            /** @description The date the change itself gives (claimedAt, retractedAt, deniedAt, madeAt, validFrom), as given */
            at: string | null;
            /** Format: uuid */
            claimId: string | null;
            confidence: number | null;
            /** @description Reason, basis, statement summary or role */
            detail: string | null;
            eventType: string;
            /** Format: uuid */
            groupId: string | null;
            groupName: string | null;
            /** Format: uuid */
            incidentId: string | null;
            /** @description Place, country and date of the incident as reported */
            incidentLabel: string | null;
            /** @enum {string} */
            kind: "claim" | "retraction" | "denial" | "attribution" | "statement" | "affiliation";
            /** Format: uuid */
            personId: string | null;
            personName: string | null;
            /** @description Global position of the event */
            position: number;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            statementId: string | null;
        };
        ChangePage: {
            items: components["schemas"]["Change"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        CheckResult: {
            /** @enum {string} */
            check: "independent-sources" | "competing-claims" | "group-relations" | "claimant-history";
            /** @description A contradiction an analyst should look at */
            conflict: boolean;
            details?: {
                [key: string]: unknown;
            };
            reasons: string[];
            /** @description 0–100 */
            score: number;
        };
        Claim: {
            /**
             * @description Set by a resolved review
             * @enum {string|null}
             */
            assessment: "upheld" | "rejected" | null;
            /** @enum {string|null} */
            authenticity: "authentic" | "doubtful" | "fabricated" | null;
            authenticityBasis: string | null;
            /** @enum {string} */
            channel: "statement" | "video" | "social_media" | "website" | "call" | "letter" | "email" | "note" | "spokesperson" | "other" | "unknown";
            /** Format: date-time */
            claimedAt: string;
            /** @description No claim time is known (a GTD import): claimedAt is the incident's earliest moment */
            claimedAtUnknown: boolean;
            competingGroupIds: string[];
            /** @description Beside competingGroupIds, in order */
            competingGroupNames: (string | null)[];
            corroboration: {
                score: number;
                /** @enum {string} */
                verdict: "corroborated" | "weak" | "conflicting";
            } | null;
            credibility: number | null;
            /** Format: uuid */
            groupId: string;
            groupName: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: date-time */
            retractedAt: string | null;
            /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
            retractionCitation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            /** Format: uuid */
            retractionId: string | null;
            retractionReason: string | null;
            /** Format: uuid */
            retractionSourceId: string | null;
            sourceIds: string[];
            /** @description The first source and every added one, with its credibility and citation */
            sources: components["schemas"]["ClaimSource"][];
            /** @description Who spoke for the group, as free text */
            spokesperson: string | null;
            /**
             * Format: uuid
             * @description The person who spoke for the group, when recorded
             */
            spokespersonId: string | null;
            /** @description That person's current name */
            spokespersonName: string | null;
            /** @enum {string} */
            status: "active" | "retracted";
        };
        ClaimSource: {
            /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
            citation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            credibility: number | null;
            /** Format: uuid */
            sourceId: string;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            /** @description The secret: send it as `Authorization: Bearer <key>`. Shown once; only its hash is stored */
            key: string;
            name: string;
            /** @enum {string} */
            role: "reporter" | "analyst" | "admin";
        };
        CurrentKey: {
            keyId: string;
            name: string | null;
            /** @enum {string} */
            role: "reporter" | "analyst" | "admin";
        };
        Denial: {
            /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
            citation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            /**
             * Format: uuid
             * @description The group's own active claim this denial contradicts
             */
            contradictsClaimId: string | null;
            /** Format: date-time */
            deniedAt: string;
            /** Format: uuid */
            groupId: string;
            groupName: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            recordedAt: string | null;
            /** Format: uuid */
            sourceId: string;
            /** @description Who spoke for the group, as free text */
            spokesperson: string | null;
            /**
             * Format: uuid
             * @description The person who spoke for the group, when recorded
             */
            spokespersonId: string | null;
            /** @description That person's current name */
            spokespersonName: string | null;
            statement: string | null;
        };
        FailedJobs: {
            items: {
                attemptsMade: number;
                /** @description The job's data */
                data: unknown;
                failedReason: string;
                /** Format: date-time */
                finishedOn: string | null;
                id?: string;
                name: string;
                queue: string;
            }[];
        };
        Group: {
            aliases: {
                alias: string;
                validFrom: string | null;
                validTo: string | null;
            }[];
            /**
             * Format: date-time
             * @description As-of reads only: the time asked for (null when read by position)
             */
            asOf?: string | null;
            /** @description As-of reads only: the position asked for (null when read by time) */
            asOfPosition?: number | null;
            /** Format: uuid */
            id: string;
            kind: string | null;
            name: string;
            position: number | null;
            relations: {
                /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
                citation: {
                    /** @description http(s) only */
                    archiveUrl: string | null;
                    headline: string | null;
                    /** @description BCP 47 tag */
                    language: string | null;
                    /** @description As the outlet dated it: partial date or RFC 3339 */
                    publishedAt: string | null;
                    quote: string | null;
                    /** @description http(s) only */
                    url: string;
                } | null;
                confidence: number | null;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                otherGroupId: string;
                otherGroupName: string | null;
                /** @enum {string} */
                relation: "splinter_of" | "faction_of" | "affiliate_of" | "pledged_to" | "merged_into" | "suspected_front_of" | "rival_of";
                /** Format: uuid */
                sourceId: string | null;
                validFrom: string | null;
                validTo: string | null;
                withdrawn: boolean;
                withdrawnReason: string | null;
            }[];
            version: number;
        };
        GroupLeadership: {
            /** @description The date asked for (default today, UTC) */
            at: string;
            /** Format: uuid */
            groupId: string;
            groupName: string;
            items: {
                /** Format: uuid */
                affiliationId: string;
                /** @description True when the recorded dates cover all of `at`; false when it held on `at` only as far as their imprecision allows (e.g. ended 2016-08 and at=2016-08-15) */
                certain: boolean;
                /** @description overlapsWith is not empty: two or more persons hold the role at once */
                contested: boolean;
                /** @enum {string|null} */
                endReason: "defected" | "killed" | "detained" | "expelled" | "resigned" | "replaced" | "other" | null;
                name: string;
                /** @description Other persons in the same role whose validity may overlap this one on `at` */
                overlapsWith: {
                    /** Format: uuid */
                    affiliationId: string;
                    name: string;
                    /** Format: uuid */
                    personId: string;
                }[];
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: "leader" | "deputy_leader" | "spokesperson";
                /** @description As recorded: a partial date or an RFC 3339 time */
                validFrom: string;
                /** @description Null while it has not ended */
                validTo: string | null;
            }[];
        };
        GroupLedger: {
            byMonth: {
                attributions: number;
                claims: number;
                denials: number;
                /** @description YYYY-MM (UTC); YYYY for incidents dated to a year */
                month: string;
                retractions: number;
            }[];
            /** Format: uuid */
            groupId: string;
            groupName: string;
            /** @description Over retracted claims whose claim time is known (imported GTD claims have none) */
            medianHoursToRetraction: number | null;
            /** @description Retracted claims ÷ claims; null with no claims */
            retractionRate: number | null;
            totals: {
                attributions: number;
                claims: number;
                denials: number;
                retractions: number;
            };
        };
        GroupPage: {
            items: components["schemas"]["GroupSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        GroupSummary: {
            aliases: string[];
            /** Format: uuid */
            id: string;
            kind: string | null;
            name: string;
        };
        Health: {
            details: {
                [key: string]: {
                    /** @description up, down or degraded */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            error?: {
                [key: string]: {
                    /** @description up, down or degraded */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            info?: {
                [key: string]: {
                    /** @description up, down or degraded */
                    status: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok" | "degraded" | "error" | "shutting_down";
        };
        HistoryEvent: {
            /** @description Who recorded it (a key, or a system actor) */
            actor: ({
                keyId: string;
                name?: string;
                role: string;
            } & {
                [key: string]: unknown;
            }) | null;
            correlationId: string | null;
            /** @description The event's payload as stored */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Event id
             */
            id: string;
            position: number;
            /** Format: date-time */
            recordedAt: string;
            /** @description Event type, e.g. ClaimRecorded */
            type: string;
            /** @description Stream version of the event */
            version: number;
        };
        Import: {
            actor: {
                keyId: string;
                name?: string;
                role: string;
            };
            /** @description Events added */
            added: number;
            bytesRead: number;
            bytesTotal: number | null;
            /** Format: date-time */
            createdAt: string;
            errorCount: number;
            /** @description Skipped rows by line (the first 1,000) */
            errors: {
                line: number;
                message: string;
            }[];
            failure: string | null;
            fileName: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            groupsRegistered: number;
            /** Format: uuid */
            id: string;
            incidentsAdded: number;
            kind: string;
            lastPosition: number | null;
            progress: number | null;
            rows: number;
            rowsPerSecond: number | null;
            /** @description Rows not imported (see errors) */
            skipped: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            /** @description Rows already imported */
            unchanged: number;
        };
        ImportStarted: {
            /**
             * Format: uuid
             * @description The import: GET /v1/admin/imports/{id}
             */
            id: string;
        };
        IncidentHistory: {
            items: components["schemas"]["HistoryEvent"][];
        };
        IncidentListItem: {
            /**
             * Format: date-time
             * @description As-of reads only: the time asked for (null when read by position)
             */
            asOf?: string | null;
            /** @description As-of reads only: the position asked for (null when read by time) */
            asOfPosition?: number | null;
            attributions: components["schemas"]["Attribution"][];
            casualties: {
                injuredMax: number | null;
                injuredMin: number | null;
                killedMax: number | null;
                killedMin: number | null;
            };
            /** @description The report behind the incident, as the reporter cited it */
            citation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            claims: components["schemas"]["Claim"][];
            /** @description Two or more groups have claimed it, retracted or not */
            competingClaims: boolean;
            corrections: {
                /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
                citation: {
                    /** @description http(s) only */
                    archiveUrl: string | null;
                    headline: string | null;
                    /** @description BCP 47 tag */
                    language: string | null;
                    /** @description As the outlet dated it: partial date or RFC 3339 */
                    publishedAt: string | null;
                    quote: string | null;
                    /** @description http(s) only */
                    url: string;
                } | null;
                fields: ("occurredAt" | "location" | "type" | "suicide" | "target" | "casualties" | "summary" | "sourceIds")[];
                reason: string;
                /** Format: date-time */
                recordedAt: string | null;
            }[];
            denials: components["schemas"]["Denial"][];
            /** Format: uuid */
            duplicateOf: string | null;
            duplicateReason: string | null;
            /** @description Imported incidents: GTD's own fields the picture has no place for */
            gtd?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            location: {
                admin1: string | null;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                lat: number | null;
                lon: number | null;
                place: string | null;
            };
            /** @description With `via` only: the related groups (and relations) this incident matched by; empty when it matched the group itself */
            matchedVia?: {
                /** Format: uuid */
                groupId: string;
                groupName: string;
                /**
                 * @description As asserted, in either direction
                 * @enum {string}
                 */
                relation: "splinter_of" | "faction_of" | "affiliate_of" | "pledged_to" | "merged_into" | "suspected_front_of" | "rival_of";
            }[];
            occurredAt: components["schemas"]["PartialDate"];
            position: number | null;
            /** Format: date-time */
            reportedAt: string | null;
            reviews: components["schemas"]["IncidentReview"][];
            sourceIds: string[];
            /** @enum {string} */
            status: "attributed" | "contested" | "claimed" | "retracted" | "unclaimed";
            suicide: boolean | null;
            summary: string | null;
            target: string | null;
            /** @enum {string} */
            type: "assassination" | "armed_assault" | "bombing" | "hijacking" | "hostage_barricade" | "hostage_kidnapping" | "facility_attack" | "unarmed_assault" | "unknown";
            /** Format: date-time */
            updatedAt: string | null;
            version: number;
        };
        IncidentPage: {
            items: components["schemas"]["IncidentListItem"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        IncidentPicture: {
            /**
             * Format: date-time
             * @description As-of reads only: the time asked for (null when read by position)
             */
            asOf?: string | null;
            /** @description As-of reads only: the position asked for (null when read by time) */
            asOfPosition?: number | null;
            attributions: components["schemas"]["Attribution"][];
            casualties: {
                injuredMax: number | null;
                injuredMin: number | null;
                killedMax: number | null;
                killedMin: number | null;
            };
            /** @description The report behind the incident, as the reporter cited it */
            citation: {
                /** @description http(s) only */
                archiveUrl: string | null;
                headline: string | null;
                /** @description BCP 47 tag */
                language: string | null;
                /** @description As the outlet dated it: partial date or RFC 3339 */
                publishedAt: string | null;
                quote: string | null;
                /** @description http(s) only */
                url: string;
            } | null;
            claims: components["schemas"]["Claim"][];
            /** @description Two or more groups have claimed it, retracted or not */
            competingClaims: boolean;
            corrections: {
                /** @description The exact report behind a source (docs/API.md "Evidence: citations") */
                citation: {
                    /** @description http(s) only */
                    archiveUrl: string | null;
                    headline: string | null;
                    /** @description BCP 47 tag */
                    language: string | null;
                    /** @description As the outlet dated it: partial date or RFC 3339 */
                    publishedAt: string | null;
                    quote: string | null;
                    /** @description http(s) only */
                    url: string;
                } | null;
                fields: ("occurredAt" | "location" | "type" | "suicide" | "target" | "casualties" | "summary" | "sourceIds")[];
                reason: string;
                /** Format: date-time */
                recordedAt: string | null;
            }[];
            denials: components["schemas"]["Denial"][];
            /** Format: uuid */
            duplicateOf: string | null;
            duplicateReason: string | null;
            /** @description Imported incidents: GTD's own fields the picture has no place for */
            gtd?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            location: {
                admin1: string | null;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                lat: number | null;
                lon: number | null;
                place: string | null;
            };
            occurredAt: components["schemas"]["PartialDate"];
            position: number | null;
            /** Format: date-time */
            reportedAt: string | null;
            reviews: components["schemas"]["IncidentReview"][];
            sourceIds: string[];
            /** @enum {string} */
            status: "attributed" | "contested" | "claimed" | "retracted" | "unclaimed";
            suicide: boolean | null;
            summary: string | null;
            target: string | null;
            /** @enum {string} */
            type: "assassination" | "armed_assault" | "bombing" | "hijacking" | "hostage_barricade" | "hostage_kidnapping" | "facility_attack" | "unarmed_assault" | "unknown";
            /** Format: date-time */
            updatedAt: string | null;
            version: number;
        };
        IncidentReview: {
            /** Format: uuid */
            claimId: string;
            /** @enum {string|null} */
            decision: "uphold" | "reject" | "moot" | null;
            /** Format: date-time */
            escalatedAt: string | null;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: date-time */
            openedAt: string | null;
            reason: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @enum {string} */
            status: "open" | "escalated" | "resolved";
        };
        LedgerVerification: {
            /** @description Position of the last event covered by a verified seal (0 when nothing is sealed yet) */
            checkedThrough: number;
            events: number;
            /** @description The expectHead given, and whether the ledger still reaches it with that hash */
            expectedHead: {
                hash: string;
                position: number;
                reached: boolean;
            } | null;
            /** @description The first seal whose events no longer hash to it, and the event that changed when known; or, with expectHead, the truncation below it */
            firstMismatch: {
                position: number | null;
                reason: string;
                sealId: number;
            } | null;
            /** @description The last verified seal: keep `hash@position` outside the database and pass it back as expectHead to detect a truncated tail */
            head: {
                /** @description SHA-256 chain hash, hex */
                hash: string;
                position: number;
            } | null;
            ok: boolean;
            seals: number;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        Mismatch: {
            /** @description Groups of standing analyst attributions */
            attributedTo: string[];
            /** @description Beside attributedTo, in order */
            attributedToNames: (string | null)[];
            /** @description Groups with active claims */
            claimedBy: string[];
            /** @description Beside claimedBy, in order */
            claimedByNames: (string | null)[];
            /** Format: uuid */
            incidentId: string;
        };
        MismatchPage: {
            items: components["schemas"]["Mismatch"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        ParkedEvent: {
            actor: {
                keyId: string;
                name: string | null;
                role: string;
            };
            /** Format: uuid */
            eventId: string;
            /** Format: date-time */
            parkedAt: string;
            position: number;
            projection: string;
            reason: string;
            type: string;
        };
        PartialDate: {
            /**
             * Format: date-time
             * @description First instant of the period (inclusive)
             */
            earliest: string;
            /**
             * Format: date-time
             * @description Last instant of the period (inclusive)
             */
            latest: string;
            /** @enum {string} */
            precision: "time" | "day" | "month" | "year";
            /** @description As given, to its precision: 2023, 2023-07, 2023-07-12 or a UTC time */
            value: string;
        };
        Person: {
            /** @description Every affiliation in recording order, ended and withdrawn ones included */
            affiliations: {
                citation: {
                    archiveUrl: string | null;
                    headline: string | null;
                    language: string | null;
                    publishedAt: string | null;
                    quote: string | null;
                    url: string;
                } | null;
                confidence: number | null;
                endCitation: {
                    archiveUrl: string | null;
                    headline: string | null;
                    language: string | null;
                    publishedAt: string | null;
                    quote: string | null;
                    url: string;
                } | null;
                /** @enum {string|null} */
                endReason: "defected" | "killed" | "detained" | "expelled" | "resigned" | "replaced" | "other" | null;
                /** Format: uuid */
                endSourceId: string | null;
                endSourceName: string | null;
                /** Format: uuid */
                groupId: string;
                groupName: string | null;
                /**
                 * Format: uuid
                 * @description The affiliation id
                 */
                id: string;
                /** @enum {string} */
                role: "leader" | "deputy_leader" | "commander" | "spokesperson" | "member" | "founder" | "ideologue" | "financier" | "other";
                /** Format: uuid */
                sourceId: string | null;
                sourceName: string | null;
                /**
                 * Format: uuid
                 * @description With endReason defected: the group the person went to
                 */
                toGroupId: string | null;
                toGroupName: string | null;
                /** @description A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time */
                validFrom: string;
                /** @description Null while it has not ended */
                validTo: string | null;
                /** @description Recorded wrongly: kept here, left out of lists and leadership */
                withdrawn: boolean;
                withdrawnReason: string | null;
            }[];
            aliases: {
                alias: string;
                validFrom: string | null;
                validTo: string | null;
            }[];
            /**
             * Format: date-time
             * @description As-of reads only: the time asked for (null when read by position)
             */
            asOf?: string | null;
            /** @description As-of reads only: the position asked for (null when read by time) */
            asOfPosition?: number | null;
            /** Format: uuid */
            id: string;
            name: string;
            position: number | null;
            /**
             * @description The latest by `at` (ties: the later recorded); null before any status
             * @enum {string|null}
             */
            status: "active" | "killed" | "detained" | "released" | "surrendered" | "died" | "unknown" | null;
            /** @description `at` of that latest status */
            statusAt: string | null;
            /** @description Every status, in recording order */
            statusHistory: {
                /** @description When it became public, if later */
                announcedAt: string | null;
                /** @description When it happened */
                at: string;
                citation: {
                    archiveUrl: string | null;
                    headline: string | null;
                    language: string | null;
                    publishedAt: string | null;
                    quote: string | null;
                    url: string;
                } | null;
                /** @description announcedAt certainly after at (a concealed fact) */
                concealed: boolean;
                /** Format: uuid */
                incidentId: string | null;
                note: string | null;
                /**
                 * Format: date-time
                 * @description When the record learned it
                 */
                recordedAt: string | null;
                /** Format: uuid */
                sourceId: string | null;
                sourceName: string | null;
                /** @enum {string} */
                status: "active" | "killed" | "detained" | "released" | "surrendered" | "died" | "unknown";
                /** Format: uuid */
                statusId: string;
            }[];
            summary: string | null;
            version: number;
        };
        PersonHistory: {
            items: components["schemas"]["HistoryEvent"][];
        };
        PersonPage: {
            items: components["schemas"]["PersonSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        PersonSummary: {
            /** @description Affiliations not withdrawn, ended ones included, by validFrom */
            affiliations: {
                /** @enum {string|null} */
                endReason: "defected" | "killed" | "detained" | "expelled" | "resigned" | "replaced" | "other" | null;
                /** Format: uuid */
                groupId: string;
                groupName: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: "leader" | "deputy_leader" | "commander" | "spokesperson" | "member" | "founder" | "ideologue" | "financier" | "other";
                validFrom: string;
                validTo: string | null;
            }[];
            aliases: string[];
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The latest by `at`; null before any
             * @enum {string|null}
             */
            status: "active" | "killed" | "detained" | "released" | "surrendered" | "died" | "unknown" | null;
            summary: string | null;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description 409: the kind of conflict (already_retracted, name_taken, …) */
            code?: string;
            /** @description 412: the stream version the write would have to name */
            currentVersion?: number;
            detail: string;
            /** @description For input errors: each offending field with what is wrong */
            errors?: {
                message: string;
                /** @description Dotted path of the offending input: a body field (`location.country`), `query.limit`, `header.If-Match`, `(body)` */
                path: string;
            }[];
            /** @description The request target that failed */
            instance?: string;
            status: number;
            title: string;
            /**
             * Format: uri
             * @description https://claimtrail.dev/problems/<slug>
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The event the read model is stopped at (a batch of that event alone keeps failing) */
        ProjectionFailure: {
            attempts: number;
            error: string;
            /** Format: uuid */
            eventId: string | null;
            /** Format: date-time */
            lastAt: string;
            position: number;
            /** Format: date-time */
            since: string;
            type: string | null;
        };
        Projections: {
            items: {
                failing: components["schemas"]["ProjectionFailure"] | null;
                /** @description Events behind the log */
                lag: number;
                lastRebuild: components["schemas"]["Rebuild"] | null;
                name: string;
                /** @description Events parked for it: its runner skips them and rebuilds leave them out */
                parked: components["schemas"]["ParkedEvent"][];
                /** @description Last position applied */
                position: number;
            }[];
        };
        Rebuild: {
            /** @description Rows that differed from the model it replaced, with a sample */
            drift: {
                byTable?: {
                    [key: string]: number;
                };
                rows: number;
                sample: unknown[];
            } | null;
            error?: string | null;
            events: number;
            eventsPerSecond: number | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            projection: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            trigger?: string | null;
        };
        RebuildStarted: {
            /**
             * Format: uuid
             * @description The rebuild: GET /v1/admin/rebuilds/{id}
             */
            id: string;
        };
        Retraction: {
            /** Format: date-time */
            claimedAt: string;
            /** @description No claim time is known (a GTD import): claimedAt is the incident's earliest moment */
            claimedAtUnknown: boolean;
            /** Format: uuid */
            claimId: string;
            /** Format: uuid */
            groupId: string;
            groupName: string | null;
            /** @description Null when the claim time is unknown */
            hoursToRetraction: number | null;
            /**
             * Format: uuid
             * @description The retraction
             */
            id: string;
            /** Format: uuid */
            incidentId: string;
            reason: string | null;
            /** Format: date-time */
            retractedAt: string;
            /** Format: uuid */
            sourceId: string | null;
        };
        RetractionPage: {
            items: components["schemas"]["Retraction"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        Review: {
            /** @description The corroboration checks behind the verdict, and the event that started their run */
            checks: components["schemas"]["VerdictChecks"] | null;
            /** Format: uuid */
            claimId: string;
            /** @enum {string|null} */
            decision: "uphold" | "reject" | "moot" | null;
            /** Format: date-time */
            escalatedAt: string | null;
            /**
             * Format: uuid
             * @description The claiming group (the claim's)
             */
            groupId: string | null;
            groupName: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            score: number | null;
            /** @enum {string} */
            status: "open" | "escalated" | "resolved";
            /**
             * @description The corroboration verdict that opened the review
             * @enum {string|null}
             */
            verdict: "corroborated" | "weak" | "conflicting" | null;
        };
        ReviewPage: {
            items: components["schemas"]["Review"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        SearchResults: {
            groups: {
                aliases: string[];
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            incidents: {
                admin1: string | null;
                country: string | null;
                /** Format: uuid */
                id: string;
                occurredAt: components["schemas"]["PartialDate"] | null;
                place: string | null;
                status: string;
                target: string | null;
            }[];
            persons: {
                aliases: string[];
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        Source: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "news" | "official" | "group_channel" | "security" | "analyst" | "social" | "other";
            name: string;
            ratings: {
                /** @enum {string} */
                previous: "A" | "B" | "C" | "D" | "E" | "F";
                reason: string;
                /** Format: date-time */
                recordedAt: string | null;
                /** @enum {string} */
                reliability: "A" | "B" | "C" | "D" | "E" | "F";
            }[];
            /**
             * @description Current Admiralty reliability A–F
             * @enum {string}
             */
            reliability: "A" | "B" | "C" | "D" | "E" | "F";
        };
        SourcePage: {
            items: components["schemas"]["Source"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        Statement: {
            about: {
                groups: {
                    /** Format: uuid */
                    id: string;
                    /** @description Null when not known */
                    name: string | null;
                }[];
                incidents: {
                    country: string | null;
                    /** Format: uuid */
                    id: string;
                    occurredAt: string | null;
                    summary: string | null;
                }[];
                persons: {
                    /** Format: uuid */
                    id: string;
                    /** @description Null when not known */
                    name: string | null;
                }[];
            };
            /** @description Every assessment, oldest first */
            assessments: {
                actor: {
                    keyId: string;
                    name: string | null;
                    role: string;
                } | null;
                /** Format: uuid */
                assessmentId: string;
                basis: string;
                /** Format: date-time */
                recordedAt: string | null;
                /** @enum {string} */
                verdict: "authentic" | "doubtful" | "fabricated" | "unverified";
            }[];
            /** Format: uuid */
            authorGroupId: string | null;
            authorGroupName: string | null;
            /** Format: uuid */
            authorPersonId: string | null;
            authorPersonName: string | null;
            citation: {
                archiveUrl: string | null;
                headline: string | null;
                language: string | null;
                publishedAt: string | null;
                quote: string | null;
                url: string;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "allegation" | "accusation" | "pledge" | "announcement" | "threat" | "propaganda" | "denial" | "other";
            /** @description A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time, as given */
            madeAt: string;
            position: number | null;
            /** Format: uuid */
            sourceId: string;
            sourceName: string | null;
            summary: string;
            /**
             * @description The latest assessment's verdict (it stands); null until assessed
             * @enum {string|null}
             */
            verdict: "authentic" | "doubtful" | "fabricated" | "unverified" | null;
            version: number;
        };
        StatementPage: {
            items: components["schemas"]["Statement"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        StatementPicture: {
            about: {
                groups: {
                    /** Format: uuid */
                    id: string;
                    /** @description Null when not known */
                    name: string | null;
                }[];
                incidents: {
                    country: string | null;
                    /** Format: uuid */
                    id: string;
                    occurredAt: string | null;
                    summary: string | null;
                }[];
                persons: {
                    /** Format: uuid */
                    id: string;
                    /** @description Null when not known */
                    name: string | null;
                }[];
            };
            /** Format: date-time */
            asOf?: string | null;
            asOfPosition?: number | null;
            /** @description Every assessment, oldest first */
            assessments: {
                actor: {
                    keyId: string;
                    name: string | null;
                    role: string;
                } | null;
                /** Format: uuid */
                assessmentId: string;
                basis: string;
                /** Format: date-time */
                recordedAt: string | null;
                /** @enum {string} */
                verdict: "authentic" | "doubtful" | "fabricated" | "unverified";
            }[];
            /** Format: uuid */
            authorGroupId: string | null;
            authorGroupName: string | null;
            /** Format: uuid */
            authorPersonId: string | null;
            authorPersonName: string | null;
            citation: {
                archiveUrl: string | null;
                headline: string | null;
                language: string | null;
                publishedAt: string | null;
                quote: string | null;
                url: string;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "allegation" | "accusation" | "pledge" | "announcement" | "threat" | "propaganda" | "denial" | "other";
            /** @description A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or an RFC 3339 time, as given */
            madeAt: string;
            position: number | null;
            /** Format: uuid */
            sourceId: string;
            sourceName: string | null;
            summary: string;
            /**
             * @description The latest assessment's verdict (it stands); null until assessed
             * @enum {string|null}
             */
            verdict: "authentic" | "doubtful" | "fabricated" | "unverified" | null;
            version: number;
        };
        StixBundle: {
            /** @description bundle--<uuid> */
            id: string;
            objects: ({
                id: string;
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            type: "bundle";
        };
        TrackRecord: {
            /** @description How credibility was computed from the counts, in words */
            basis: string;
            claims: {
                /** @description Rejected by a resolved review */
                rejected: number;
                retracted: number;
                total: number;
                /** @description Upheld by a resolved review */
                upheld: number;
            };
            /** @description 0–1; null when nothing in the record has been assessed or decided */
            credibility: number | null;
            /**
             * Format: uuid
             * @description The person or source
             */
            id: string;
            name: string;
            /** @description By each statement's standing (latest) verdict */
            statements: {
                authentic: number;
                doubtful: number;
                fabricated: number;
                total: number;
                unassessed: number;
                unverified: number;
            };
        };
        VerdictChecks: {
            /** @description The event that started the run (a claim, a new source, a retraction…) */
            cause: {
                /** Format: uuid */
                eventId: string;
                position: number;
                type: string;
            } | null;
            results: components["schemas"]["CheckResult"][];
        };
        WriteResponse: {
            /**
             * Format: uuid
             * @description Id of what the call created: the claim for a claim, the retraction for a retraction, …
             */
            id: string;
            /**
             * Format: uuid
             * @description On incident sub-resources: the incident
             */
            incidentId?: string;
            /** @description Global position of the last event written: pass it as minPosition to read your write */
            position: number;
            /** @description Stream version after the write (also the ETag) */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (possibly degraded: see each indicator) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not ready: Postgres is unreachable, or a read model is stopped at a failing event (`health` holds the degraded result naming it) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    ImportsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A GTD CSV (GTD column names)
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Accepted: imported in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStarted"];
                };
            };
            /** @description No file in the field `file`, or another bad input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a GTD CSV this importer reads (missing columns), or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position, else 503 */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown import */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    QueuesAdminController_failed: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Failed jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobs"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who or what uses the key */
                    name: string;
                    /**
                     * @description reporter, analyst or admin
                     * @enum {string}
                     */
                    role: "reporter" | "analyst" | "admin";
                };
            };
        };
        responses: {
            /** @description The key, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key is already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminProjectionsController_projections: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position, else 503 */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every read model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Projections"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminProjectionsController_park: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                name: "incidents" | "groups" | "sources" | "persons" | "statements";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The event to skip (its `eventId`, as GET /health or the admin projections read name it)
                     */
                    eventId: string;
                    /** @description Why it is parked (kept with who parked it and when) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Parked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedEvent"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is already parked for this read model (`parked` holds the record); or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No event with this eventId in the log; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminProjectionsController_unpark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
                name: "incidents" | "groups" | "sources" | "persons" | "statements";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unparked: the park it removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedEvent"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not parked for this read model */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                name: "all" | "incidents" | "groups" | "sources" | "persons" | "statements";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enqueued for the worker */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStarted"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rebuild of it (or of all) is already running: the problem's `id` names it; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The job queue (Redis) is unavailable, or the database: retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminProjectionsController_rebuildStatus: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position, else 503 */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rebuild */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rebuild"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown rebuild */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MismatchesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                from?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mismatched incidents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MismatchPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListChangesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Recorded at or after (default: 7 days before `to`) */
                from?: string;
                /** @description Only changes about this group (id, name or alias) */
                group?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description Recorded before (default: now) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_events: {
        parameters: {
            query?: {
                /** @description Position of the last event already received: the export continues right after it */
                fromPosition?: number;
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event a line: { position, id, streamId, type, data, metadata, recordedAt, … } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter the export cannot use (e.g. fromPosition past the log) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_incidents: {
        parameters: {
            query?: {
                from?: string;
                minPosition?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header line, then one line per incident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter the export cannot use (e.g. fromPosition past the log) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_stix: {
        parameters: {
            query?: {
                from?: string;
                minPosition?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/stix+json;version=2.1": components["schemas"]["StixBundle"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter the export cannot use (e.g. fromPosition past the log) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListGroupsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description Case-insensitive substring of a name or alias */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegisterGroupController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Other names (≤ 50); each unique across groups
                     * @example [
                     *       "TTP",
                     *       "Pakistani Taliban"
                     *     ]
                     */
                    aliases?: string[];
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description Free text, e.g. militant, state, political
                     * @example militant
                     */
                    kind?: string | null;
                    /**
                     * @description The group’s name; unique across groups, case-insensitively
                     * @example Tehreek-e-Taliban Pakistan
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A name or alias is already used by another group, or the id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListGroupsController_get: {
        parameters: {
            query?: {
                /** @description The group as recorded at this time */
                asOf?: string;
                /** @description The group as of this global position */
                asOfPosition?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description Group id, name or alias */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No group with this id, name or alias (or none yet at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AddAliasController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Another name of the group; unique across groups, case-insensitively
                     * @example Pakistani Taliban
                     */
                    alias: string;
                    /**
                     * @description When the name came into use (year, month, date or date-time)
                     * @example 2023-07
                     */
                    validFrom?: string | null;
                    /**
                     * @description When the name went out of use
                     * @example 2023-07
                     */
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The alias is already used by another group; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GroupLeadershipController_leadership: {
        parameters: {
            query?: {
                /** @description Valid on this date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339); default today (UTC) */
                at?: string;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description Group id, name or alias */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's leadership on that date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupLeadership"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GroupLedgerController_ledger: {
        parameters: {
            query?: {
                from?: string;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                to?: string;
            };
            header?: never;
            path: {
                /** @description Group id, name or alias */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's ledger */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupLedger"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No group with this id, name or alias */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssertRelationController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /** @description Confidence 0–100 (STIX 2.1) */
                    confidence?: number | null;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description The other group: id, name or alias
                     * @example TTP
                     */
                    otherGroup: string;
                    /**
                     * @description Reads "this group <relation> otherGroup"
                     * @example suspected_front_of
                     * @enum {string}
                     */
                    relation: "splinter_of" | "faction_of" | "affiliate_of" | "pledged_to" | "merged_into" | "suspected_front_of" | "rival_of";
                    /**
                     * Format: uuid
                     * @description The source asserting the relation
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId?: string | null;
                    /**
                     * @description A year, month (UTC), date, or RFC 3339 date-time; the precision is kept
                     * @example 2023-07
                     */
                    validFrom?: string | null;
                    /**
                     * @description A year, month (UTC), date, or RFC 3339 date-time; the precision is kept
                     * @example 2023-07
                     */
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A relation with this id exists; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown otherGroup or sourceId, or a rule of relations; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WithdrawRelationController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
                /** @description UUID */
                relationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the relation no longer stands */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group or relation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The relation is already withdrawn; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListIncidentsController_list: {
        parameters: {
            query?: {
                competing?: "true" | "false";
                /** @description ISO 3166-1 alpha-2 code or English name */
                country?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Incidents that may have occurred at or after this time */
                from?: string;
                /** @description Group id, name or alias: matches claims and attributions */
                group?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                status?: "attributed" | "contested" | "claimed" | "retracted" | "unclaimed";
                /** @description Incidents that may have occurred at or before this time */
                to?: string;
                /** @description With group: also incidents of groups related to it by these relations (comma-separated), valid on the incident’s date, in either direction */
                via?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incidents, most recent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown country */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportIncidentController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Casualty counts as ranges (min ≤ max); null when unknown */
                    casualties?: {
                        injuredMax?: number | null;
                        injuredMin?: number | null;
                        killedMax?: number | null;
                        killedMin?: number | null;
                    } | null;
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /** @description Where the incident happened */
                    location: {
                        /**
                         * @description First-level administrative division (province, state)
                         * @example Khyber Pakhtunkhwa
                         */
                        admin1?: string | null;
                        /**
                         * @description ISO 3166-1 alpha-2 code or English country name; stored as the code
                         * @example PK
                         */
                        country: string;
                        /** @description Latitude, −90 to 90; given together with lon */
                        lat?: number | null;
                        /** @description Longitude, −180 to 180; given together with lat */
                        lon?: number | null;
                        /**
                         * @description City, town or site
                         * @example Peshawar
                         */
                        place?: string | null;
                    };
                    /**
                     * @description A date (2023-07-12), month (2023-07), year (2023) or RFC 3339 date-time; the precision is kept
                     * @example 2023-07-12
                     */
                    occurredAt: string;
                    /** @description Sources reporting the incident (≤ 100) */
                    sourceIds?: string[];
                    /** @description Suicide attack (GTD suicide); null when unknown */
                    suicide?: boolean | null;
                    /** @description Short narrative of the incident */
                    summary?: string | null;
                    /**
                     * @description Free text: who or what was attacked
                     * @example Police checkpoint
                     */
                    target?: string | null;
                    /**
                     * @description GTD attack type
                     * @example bombing
                     * @enum {string}
                     */
                    type: "assassination" | "armed_assault" | "bombing" | "hijacking" | "hostage_barricade" | "hostage_kidnapping" | "facility_attack" | "unarmed_assault" | "unknown";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An incident with this id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown sourceIds or country, or a rule of incidents; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetIncidentController_get: {
        parameters: {
            query?: {
                /** @description The picture as recorded at this time (what was known then) */
                asOf?: string;
                /** @description The picture as of this global position */
                asOfPosition?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attribution picture */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPicture"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident, or not yet recorded at asOf/asOfPosition */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessAttributionController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the assessment rests on */
                    basis: string;
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /** @description Confidence 0–100 (STIX 2.1) */
                    confidence: number;
                    /**
                     * @description The group assessed responsible: id, name or alias
                     * @example ISKP
                     */
                    group: string;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /** @description Sources supporting the assessment (≤ 100) */
                    sourceIds?: string[];
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An attribution with this id exists; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group or sourceIds; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WithdrawAttributionController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                attributionId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the attribution no longer stands */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or attribution */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The attribution is already withdrawn; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordClaimController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How the claim was made (GTD claimmode)
                     * @example statement
                     * @enum {string}
                     */
                    channel: "statement" | "video" | "social_media" | "website" | "call" | "letter" | "email" | "note" | "spokesperson" | "other" | "unknown";
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: date-time
                     * @description When the group claimed it (RFC 3339 with zone); not before the incident
                     * @example 2023-07-12T10:30:00Z
                     */
                    claimedAt: string;
                    /** @description Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged */
                    credibility?: number | null;
                    /**
                     * @description The claiming group: id, name or alias
                     * @example TTP
                     */
                    group: string;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description The source reporting the claim
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId: string;
                    /**
                     * @description Who spoke for the group
                     * @example Muhammad Khurasani
                     */
                    spokesperson?: string | null;
                    /**
                     * @description The person who spoke for the group: id, name or alias (422 when unknown)
                     * @example Zabihullah Mujahid
                     */
                    spokespersonId?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The group already has an active claim here (add a source to it instead), or the incident is marked a duplicate; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group or sourceId, or a rule of claims (e.g. claimed before the incident); or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessAuthenticityController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                claimId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the verdict rests on */
                    basis: string;
                    /**
                     * @description Is the claim genuinely the group’s?
                     * @example doubtful
                     * @enum {string}
                     */
                    verdict: "authentic" | "doubtful" | "fabricated";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The incident is marked a duplicate; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RetractClaimController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                claimId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /** @description The reason given, if any */
                    reason?: string | null;
                    /**
                     * Format: date-time
                     * @description When the group retracted the claim (RFC 3339 with zone); not before the claim
                     * @example 2023-07-12T10:30:00Z
                     */
                    retractedAt: string;
                    /**
                     * Format: uuid
                     * @description The source reporting the retraction
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The claim is already retracted; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown sourceId, or retracted before it was claimed; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AddClaimSourceController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                claimId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /** @description Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged */
                    credibility?: number | null;
                    /**
                     * Format: uuid
                     * @description Another source reporting the same claim
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The source is already on the claim; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown sourceId; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CorrectIncidentController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /** @description Any IncidentReported field, with its new value */
                    fields: {
                        /** @description Only the counts to change; null clears all */
                        casualties?: {
                            injuredMax?: number | null;
                            injuredMin?: number | null;
                            killedMax?: number | null;
                            killedMin?: number | null;
                        } | null;
                        /** @description Only the location parts to change; the rest is kept */
                        location?: {
                            /**
                             * @description First-level administrative division (province, state)
                             * @example Khyber Pakhtunkhwa
                             */
                            admin1?: string | null;
                            /**
                             * @description ISO 3166-1 alpha-2 code or English country name; stored as the code
                             * @example PK
                             */
                            country?: string;
                            /** @description Latitude, −90 to 90; given together with lon */
                            lat?: number | null;
                            /** @description Longitude, −180 to 180; given together with lat */
                            lon?: number | null;
                            /**
                             * @description City, town or site
                             * @example Peshawar
                             */
                            place?: string | null;
                        };
                        /**
                         * @description A date (2023-07-12), month (2023-07), year (2023) or RFC 3339 date-time; the precision is kept
                         * @example 2023-07-12
                         */
                        occurredAt?: string;
                        /** @description Replaces the incident’s source list */
                        sourceIds?: string[];
                        /** @description Suicide attack (GTD suicide); null when unknown */
                        suicide?: boolean | null;
                        /** @description Short narrative of the incident */
                        summary?: string | null;
                        /**
                         * @description Free text: who or what was attacked
                         * @example Police checkpoint
                         */
                        target?: string | null;
                        /**
                         * @description GTD attack type
                         * @example bombing
                         * @enum {string}
                         */
                        type?: "assassination" | "armed_assault" | "bombing" | "hijacking" | "hostage_barricade" | "hostage_kidnapping" | "facility_attack" | "unarmed_assault" | "unknown";
                    };
                    /** @description Why the record is corrected */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The incident is marked a duplicate; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown sourceIds or country, or a rule of incidents; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordDenialController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: date-time
                     * @description When the group denied involvement (RFC 3339 with zone)
                     * @example 2023-07-12T10:30:00Z
                     */
                    deniedAt: string;
                    /**
                     * @description The denying group: id, name or alias
                     * @example Afghan Taliban
                     */
                    group: string;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description The source reporting the denial
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId: string;
                    /**
                     * @description Who spoke for the group (free text)
                     * @example Zabihullah Mujahid
                     */
                    spokesperson?: string | null;
                    /**
                     * @description The person who spoke for the group: id, name or alias (422 when unknown)
                     * @example Zabihullah Mujahid
                     */
                    spokespersonId?: string | null;
                    /** @description The denial’s wording */
                    statement?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A denial with this id exists; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group or sourceId; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MarkDuplicateController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The original incident this one duplicates
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    incidentId: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The incident is already marked a duplicate, or other incidents are duplicates of it (has_duplicates); or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incidentId in the body, the incident itself, or one whose root is this incident; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IncidentHistoryController_history: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event of the incident, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentHistory"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LedgerController_verify: {
        parameters: {
            query?: {
                /** @description A head kept outside the database (`hash@position`, as an earlier verify or the sealer's log gave it): the ledger must still reach it with that hash, else the report names the truncation */
                expectHead?: string;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerVerification"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CurrentKeyController_me: {
        parameters: {
            query?: {
                /** @description Waits as on every read; the answer itself comes from no read model */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key that made the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentKey"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListPersonsController_list: {
        parameters: {
            query?: {
                /** @description The affiliation (with group/role when given) valid on this date (YYYY, YYYY-MM, YYYY-MM-DD) */
                at?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Group id, name or alias: persons with an affiliation to it (not withdrawn) */
                group?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description Case-insensitive substring of a name or alias */
                q?: string;
                /** @description Persons with an affiliation in this role */
                role?: "leader" | "deputy_leader" | "commander" | "spokesperson" | "member" | "founder" | "ideologue" | "financier" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of persons by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegisterPersonController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Other names (≤ 50); each unique across persons
                     * @example [
                     *       "Abu Mansoor Asim"
                     *     ]
                     */
                    aliases?: string[];
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description The person’s name; unique across persons (case-insensitive, after NFKC, invisible format characters ignored)
                     * @example Noor Wali Mehsud
                     */
                    name: string;
                    /** @description Who the person is, in a sentence or two */
                    summary?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A name or alias is already used by another person (`name_taken`, naming the holder), or the id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A name with bidirectional control characters; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetPersonController_get: {
        parameters: {
            query?: {
                /** @description The person as recorded at this time (what was known then) */
                asOf?: string;
                /** @description The person as of this global position */
                asOfPosition?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person, or not yet recorded at asOf/asOfPosition */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordAffiliationController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /** @description Confidence 0–100 (STIX 2.1) */
                    confidence?: number | null;
                    /**
                     * @description The group: id, name or alias
                     * @example TTP
                     */
                    group: string;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the affiliation
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description The person’s role in the group
                     * @example leader
                     * @enum {string}
                     */
                    role: "leader" | "deputy_leader" | "commander" | "spokesperson" | "member" | "founder" | "ideologue" | "financier" | "other";
                    /**
                     * Format: uuid
                     * @description The source reporting it
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId?: string | null;
                    /**
                     * @description Since when (year, month or date)
                     * @example 2018-06
                     */
                    validFrom: string;
                    /**
                     * @description Until when, if already known; not before validFrom
                     * @example 2023-07
                     */
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same affiliation is already recorded, or the id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown group or source, validTo before validFrom, a date in the future; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EndAffiliationController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                affiliationId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * @description Why it ended
                     * @example defected
                     * @enum {string}
                     */
                    reason: "defected" | "killed" | "detained" | "expelled" | "resigned" | "replaced" | "other";
                    /**
                     * Format: uuid
                     * @description The source reporting the end
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId?: string | null;
                    /**
                     * @description Only with reason `defected`: the group the person went to (id, name or alias)
                     * @example TTP
                     */
                    toGroup?: string | null;
                    /**
                     * @description When it ended (year, month or date); not before validFrom
                     * @example 2023-07
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person or affiliation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The affiliation already ended or is withdrawn; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown toGroup or source, toGroup without reason defected, validTo before validFrom, a date in the future; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WithdrawAffiliationController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                affiliationId: string;
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Why the affiliation was recorded wrongly
                     * @example misread report
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person or affiliation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already withdrawn; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AddPersonAliasController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Another name of the person (a kunya, a nom de guerre); unique across persons
                     * @example Abu Mansoor Asim
                     */
                    alias: string;
                    /**
                     * @description When the name came into use (year, month or date)
                     * @example 2023-07
                     */
                    validFrom?: string | null;
                    /**
                     * @description When the name went out of use
                     * @example 2023-07
                     */
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The alias is already this person’s, or another person’s (`name_taken`, naming the holder); or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description validTo before validFrom, a date in the future, bidirectional control characters; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonHistoryController_history: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event of the person, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonHistory"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordPersonStatusController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description When it became public, if later than `at` (a concealed fact); not before `at`
                     * @example 2023-07
                     */
                    announcedAt?: string | null;
                    /**
                     * @description When it happened (year, month, date or date-time)
                     * @example 2021-03
                     */
                    at: string;
                    /** @description The exact report behind the source: url, headline, quote, … */
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the status entry
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * Format: uuid
                     * @description The incident it happened in (a strike, a raid)
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    incidentId?: string | null;
                    /** @description Free text */
                    note?: string | null;
                    /**
                     * Format: uuid
                     * @description The source reporting it
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId?: string | null;
                    /**
                     * @description What became of the person
                     * @example killed
                     * @enum {string}
                     */
                    status: "active" | "killed" | "detained" | "released" | "surrendered" | "died" | "unknown";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same status at the same date is already recorded, or the id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown source or incident, at after announcedAt, a date in the future; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonTrackRecordController_trackRecord: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's track record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackRecord"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListRetractionsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description retractedAt at or after */
                from?: string;
                group?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description retractedAt at or before */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of retractions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetractionPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListReviewsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                status?: "open" | "escalated" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResolveReviewController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description uphold → the claim’s assessment becomes upheld; reject → rejected
                     * @enum {string}
                     */
                    decision: "uphold" | "reject";
                    /** @description The reviewer’s reasoning */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown review */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The review is already resolved; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SearchController_find: {
        parameters: {
            query: {
                /** @description Page size, 1–50 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description Case-insensitive substring of a group or person name or alias, or of an incident place, province, target or summary */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to `limit` groups, persons and incidents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListSourcesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegisterSourceController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description What kind of source it is
                     * @example news
                     * @enum {string}
                     */
                    kind: "news" | "official" | "group_channel" | "security" | "analyst" | "social" | "other";
                    /**
                     * @description Outlet, channel or agency name
                     * @example Dawn
                     */
                    name: string;
                    /**
                     * @description Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged
                     * @enum {string}
                     */
                    reliability: "A" | "B" | "C" | "D" | "E" | "F";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A source with this id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RateSourceController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the source is re-rated */
                    reason: string;
                    /**
                     * @description Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged
                     * @enum {string}
                     */
                    reliability: "A" | "B" | "C" | "D" | "E" | "F";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown source */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourceTrackRecordController_trackRecord: {
        parameters: {
            query?: {
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source's track record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackRecord"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown source */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListStatementsController_list: {
        parameters: {
            query?: {
                /** @description Group or person (id, name or alias), or an incident id, the statement is about */
                about?: string;
                /** @description Person or group (id, name or alias) who made the statement */
                author?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Statements that may have been made at or after the start of this period */
                from?: string;
                kind?: "allegation" | "accusation" | "pledge" | "announcement" | "threat" | "propaganda" | "denial" | "other";
                /** @description Page size, 1–500 */
                limit?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
                /** @description Statements that may have been made by the end of this period */
                to?: string;
                /** @description The standing (latest) verdict; `unassessed` for none yet */
                verdict?: "authentic" | "doubtful" | "fabricated" | "unverified" | "unassessed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements, most recent first, with names beside every id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordStatementController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whom and what it is about: groups and persons (id, name or alias), incidents (id) */
                    about?: {
                        groupIds?: string[];
                        incidentIds?: string[];
                        personIds?: string[];
                    } | null;
                    /** @description Who said it: a person, a group, both, or neither (unattributed) */
                    author?: {
                        /**
                         * @description Group id, name or alias
                         * @example TTP
                         */
                        groupId?: string | null;
                        /**
                         * @description Person id, name or alias
                         * @example Muhammad Khurasani
                         */
                        personId?: string | null;
                    } | null;
                    citation?: {
                        archiveUrl?: string | null;
                        headline?: string | null;
                        language?: string | null;
                        publishedAt?: string | null;
                        quote?: string | null;
                        url: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Optional client-supplied UUID for the created resource
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    id?: string;
                    /**
                     * @description What sort of statement
                     * @example allegation
                     * @enum {string}
                     */
                    kind: "allegation" | "accusation" | "pledge" | "announcement" | "threat" | "propaganda" | "denial" | "other";
                    /**
                     * @description When it was said: a year, month, date or RFC 3339 date-time; not after tomorrow
                     * @example 2024-03-12
                     */
                    madeAt: string;
                    /**
                     * Format: uuid
                     * @description The source reporting the statement
                     * @example 3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b
                     */
                    sourceId: string;
                    /** @description What was said, in a sentence or two */
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id exists with other content; or a request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown sourceId, author or about reference (the field is named, e.g. about.personIds.1), or madeAt after tomorrow; or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GetStatementController_get: {
        parameters: {
            query?: {
                /** @description The statement as recorded at this time */
                asOf?: string;
                /** @description The statement as of this global position */
                asOfPosition?: number;
                /** @description Wait (up to a few seconds) until every read model has applied this position */
                minPosition?: number;
            };
            header?: never;
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPicture"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown statement, or not yet recorded at asOf/asOfPosition */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessStatementController_execute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the first response again, nothing recorded; another body: 422; first still in flight: 409 */
                "Idempotency-Key"?: string;
                /** @description The stream version the write expects, e.g. "3": 412 when the stream has moved on */
                "If-Match"?: string;
            };
            path: {
                /** @description UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the verdict rests on */
                    basis: string;
                    /**
                     * @description Is the statement genuine?
                     * @example doubtful
                     * @enum {string}
                     */
                    verdict: "authentic" | "doubtful" | "fabricated" | "unverified";
                };
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The stream version, quoted: "<version>" */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResponse"];
                };
            };
            /** @description Bad input (body, path, query or header), each offending field named in errors[].path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key (Authorization: Bearer <key>) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not make this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown statement */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match named a version the stream has moved past; nothing recorded (currentVersion and ETag say where it is) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type is not application/json, its charset is not UTF-8, or its Content-Encoding is unsupported */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit of this key (Retry-After) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Temporarily unavailable (database, queue, contention, timeout, or minPosition not applied yet): retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
