import { useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { strings } from '../strings';
import { UPDATE_USER, type UserUpdateInput } from './teams.operations';

const messages = strings.teams.messages;

/** Change a user's activity, absence, time zone or calendar. Returns whether it was saved. */
export function useUpdateUser() {
  const toasts = useToasts();
  const [updateUser, { loading }] = useMutation(UPDATE_USER);

  const save = async (id: string, name: string, input: UserUpdateInput): Promise<boolean> => {
    try {
      await updateUser({ variables: { id, input } });
      toasts.success(messages.userSaved(name));

      return true;
    } catch (error) {
      toasts.error(error, { title: messages.userFailed(name) });

      return false;
    }
  };

  return { save, loading };
}
